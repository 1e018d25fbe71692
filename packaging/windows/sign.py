#!/usr/bin/env python3
"""Authenticode: signs files with signtool (SHA-256, RFC 3161 timestamp) and verifies them with the
default policy (signtool verify /pa). packaging/deploy.cmake signs the programs before they go into
the installers; the Windows workflow signs the NSIS installer and the MSI afterwards.

usage: sign.py FILE...
environment: ORDERDESK_SIGN_PFX (the .pfx file), ORDERDESK_SIGN_PASSWORD,
             ORDERDESK_SIGN_TIMESTAMP_URL (default http://timestamp.digicert.com)
signtool comes from PATH (a Developer Command Prompt) or the newest Windows 10/11 SDK.
Exit status 0 when every file is signed and verifies.
"""

import glob
import os
import shutil
import subprocess
import sys


def find_signtool():
    found = shutil.which("signtool")
    if found:
        return found
    kits = os.path.join(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"), "Windows Kits", "10", "bin")
    candidates = sorted(glob.glob(os.path.join(kits, "10.*", "x64", "signtool.exe")))
    return candidates[-1] if candidates else None


def main(files):
    if not files:
        print(__doc__)
        return 2
    pfx = os.environ.get("ORDERDESK_SIGN_PFX", "")
    if not pfx or not os.path.isfile(pfx):
        print("sign.py: ORDERDESK_SIGN_PFX does not name a .pfx file")
        return 1
    signtool = find_signtool()
    if not signtool:
        print("sign.py: no signtool (Windows SDK)")
        return 1
    timestamp = os.environ.get("ORDERDESK_SIGN_TIMESTAMP_URL") or "http://timestamp.digicert.com"
    missing = [f for f in files if not os.path.isfile(f)]
    if missing:
        print("sign.py: no such file: %s" % ", ".join(missing))
        return 1
    print("sign.py: signing %s" % ", ".join(files), flush=True)
    # The password goes on signtool's command line, which this script never prints.
    sign = subprocess.run([signtool, "sign", "/f", pfx, "/p", os.environ.get("ORDERDESK_SIGN_PASSWORD", ""),
                           "/fd", "SHA256", "/tr", timestamp, "/td", "SHA256", "/d", "OrderDesk"] + files)
    if sign.returncode != 0:
        print("sign.py: signtool sign failed (%d)" % sign.returncode)
        return 1
    verify = subprocess.run([signtool, "verify", "/pa", "/v"] + files)
    if verify.returncode != 0:
        print("sign.py: signtool verify failed (%d)" % verify.returncode)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
