#!/usr/bin/env python3
"""Tests the package a user gets, installed the way a user (or IT) installs it, in a clean
environment: no Qt, Homebrew or PostgreSQL on PATH, no QT_PLUGIN_PATH, so that only what the package
brings can be loaded.

  1. Install: mount the .dmg and copy the app out (--dmg); run the NSIS installer (--nsis) or the MSI
     (--msi) silently into a fresh folder; or take programs that are already installed (--installed,
     the .deb that tests/packaging/package-check.sh installed with apt).
  2. Audit every binary of the installation (packaging/audit/audit-deps.py) and, on macOS, its
     signature (codesign --verify --deep --strict; spctl too for a Developer ID).
  3. --version of every program.
  4. orderdesk --smoke-test offscreen: the application loads the orders of its built-in sandbox.
  5. orderdesk-cli selfcheck --postgres: a QPSQL connection to a PostgreSQL started here
     (--postgres-bin: initdb + pg_ctl on a free loopback port, SCRAM password), or the one the caller
     started (--postgres-from-env: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE).
  6. orderdesk-cli selfcheck --https: one GET to a TLS server on loopback whose certificate comes from
     a test CA made here with openssl, trusting only that CA; then the same GET trusting only the
     system's CAs must fail, which proves that the certificate is checked at all.
  7. orderdesk-cli selfcheck --keychain: write, read and delete a secret (on macOS in a throw-away
     keychain made the default for the run; on Linux the caller provides a Secret Service).
  8. Uninstall (NSIS: the uninstaller silently, then no files and no registry entry are left; MSI:
     msiexec /x /qn, then no files are left; .dmg: the copied app is deleted).

Every step runs even when an earlier one failed (except when installing failed); the exit status is
0 when all passed. Outputs go to the console and to --work/logs.
"""

import argparse
import http.server
import importlib.util
import os
import platform
import plistlib
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
AUDIT = os.path.join(HERE, "..", "audit", "audit-deps.py")
IS_WINDOWS = os.name == "nt"
IS_MACOS = sys.platform == "darwin"
EXE = ".exe" if IS_WINDOWS else ""


class Test:
    def __init__(self, args):
        self.args = args
        self.work = os.path.abspath(args.work)
        self.logs = os.path.join(self.work, "logs")
        os.makedirs(self.logs, exist_ok=True)
        self.failures = []
        self.steps = 0
        self.root = None  # what was installed (for the audit)
        self.programs = None  # the folder with orderdesk, orderdesk-cli and orderdesk-sandbox
        self.cleanups = []

    # -- reporting
    def step(self, text):
        self.steps += 1
        print("--- artifact-test: %s" % text, flush=True)

    def fail(self, text):
        self.failures.append(text)
        print("::error::artifact-test: %s" % text if os.environ.get("GITHUB_ACTIONS") else "FAIL %s" % text,
              flush=True)

    def run(self, name, command, env=None, timeout=120, check=True, quiet=False):
        """Runs a command, logs its output; returns (exit status or None on a timeout, output).
        The output goes to a file, not a pipe: a server that a command starts (pg_ctl) may keep the
        handles it inherited, and a pipe would then never end."""
        shown = " ".join(command)
        print("+ %s" % shown, flush=True)
        log_path = os.path.join(self.logs, "%02d-%s.log" % (self.steps, name))
        with open(log_path, "wb") as log:
            try:
                status = subprocess.run(command, env=env, stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, timeout=timeout).returncode
                note = ""
            except subprocess.TimeoutExpired:
                status, note = None, "\n(no exit after %d s: killed)" % timeout
            except OSError as error:
                status, note = None, "\n(could not start: %s)" % error
        with open(log_path, "rb") as log:
            output = log.read().decode("utf-8", "replace") + note
        with open(log_path, "a", encoding="utf-8") as log:
            log.write("%s\n$ %s\nexit status: %s\n" % (note, shown, status))
        if output.strip() and (not quiet or status != 0):
            print(output.rstrip(), flush=True)
        if check and status != 0:
            self.fail("%s exited with %s" % (name, status))
        return status, output

    # -- the clean environment
    def clean_env(self, **extra):
        keep = []
        if IS_WINDOWS:
            keep = ["SystemRoot", "SystemDrive", "windir", "ComSpec", "PATHEXT", "TEMP", "TMP", "USERPROFILE",
                    "APPDATA", "LOCALAPPDATA", "USERNAME", "USERDOMAIN", "HOMEDRIVE", "HOMEPATH", "ProgramData",
                    "ProgramFiles", "ProgramFiles(x86)", "ProgramW6432", "CommonProgramFiles", "PUBLIC",
                    "ALLUSERSPROFILE", "COMPUTERNAME", "NUMBER_OF_PROCESSORS", "PROCESSOR_ARCHITECTURE", "OS"]
            root = os.environ.get("SystemRoot", r"C:\Windows")
            env = {"PATH": ";".join([os.path.join(root, "System32"), root, os.path.join(root, "System32", "Wbem")])}
            # A GUI program's --version would open a message box without a console (Qt 6.5+ honours this).
            env["QT_COMMAND_LINE_PARSER_NO_GUI_MESSAGE_BOXES"] = "1"
        else:
            keep = ["USER", "LOGNAME", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"]
            env = {"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "LANG": "C.UTF-8" if not IS_MACOS else "en_US.UTF-8"}
            if IS_MACOS:
                env["HOME"] = os.environ["HOME"]  # the keychain search list lives in the real home
            else:
                home = os.path.join(self.work, "home")
                os.makedirs(home, exist_ok=True)
                env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                           XDG_DATA_HOME=os.path.join(home, ".local", "share"),
                           XDG_CACHE_HOME=os.path.join(home, ".cache"))
            env["TMPDIR"] = os.path.join(self.work, "tmp")
            os.makedirs(env["TMPDIR"], exist_ok=True)
        for name in keep:
            if name in os.environ:
                env[name] = os.environ[name]
        env.update(extra)
        return env

    def check_clean(self):
        env = self.clean_env()
        self.step("the clean environment")
        for name in sorted(env):
            print("  %s=%s" % (name, env[name]))
        for entry in env["PATH"].split(os.pathsep):
            normal = entry.lower().replace("\\", "/")
            for marker in ("qt", "homebrew", "postgres", "pgsql", "/usr/local", "/opt/", "strawberry", "/git/"):
                if marker in normal:
                    self.fail("PATH still has %s (%s)" % (entry, marker))
        for name in env:
            if name.startswith("QT_") and name not in ("QT_COMMAND_LINE_PARSER_NO_GUI_MESSAGE_BOXES",):
                self.fail("the clean environment has %s" % name)
            if name.startswith("DYLD_") or name.startswith("LD_"):
                self.fail("the clean environment has %s" % name)

    # -- install / uninstall
    def install(self):
        a = self.args
        if a.installed:
            self.programs = os.path.abspath(a.installed)
            self.root = None
            return True
        if a.dmg:
            return self.install_dmg(os.path.abspath(a.dmg))
        if a.nsis:
            return self.install_nsis(os.path.abspath(a.nsis))
        return self.install_msi(os.path.abspath(a.msi))

    def fresh_folder(self, name):
        folder = os.path.join(self.work, name)
        if os.path.exists(folder):
            shutil.rmtree(folder)
        if " " in folder:
            raise SystemExit("artifact-test: the work folder may not contain spaces (NSIS /D= and msiexec "
                             "properties): %s" % folder)
        return folder

    def install_dmg(self, dmg):
        self.step("mount %s and copy the app out" % os.path.basename(dmg))
        mount = self.fresh_folder("mnt")
        os.makedirs(mount)
        status, _ = self.run("hdiutil-attach", ["hdiutil", "attach", "-nobrowse", "-readonly", "-noautoopen",
                                                "-mountpoint", mount, dmg], timeout=300)
        if status != 0:
            return False
        try:
            apps = [n for n in os.listdir(mount) if n.endswith(".app")]
            if apps != ["orderdesk.app"]:
                self.fail("the image holds %s, not one orderdesk.app" % (apps or "no app"))
                return False
            applications = self.fresh_folder("Applications")
            os.makedirs(applications)
            self.root = os.path.join(applications, "orderdesk.app")
            # ditto keeps what a Finder copy keeps: signatures, extended attributes, symbolic links.
            status, _ = self.run("ditto", ["ditto", os.path.join(mount, "orderdesk.app"), self.root])
            if status != 0:
                return False
        finally:
            self.run("hdiutil-detach", ["hdiutil", "detach", mount], timeout=120)
        self.programs = os.path.join(self.root, "Contents", "MacOS")
        self.cleanups.append(self.uninstall_app)
        return True

    def uninstall_app(self):
        self.step("uninstall: delete the copied app")
        shutil.rmtree(self.root)
        if os.path.exists(self.root):
            self.fail("%s is still there" % self.root)

    def registry_entry(self):
        import winreg  # Windows only
        key = r"Software\Microsoft\Windows\CurrentVersion\Uninstall" + "\\" + self.args.registry_key
        found = []
        for view, name in ((winreg.KEY_WOW64_64KEY, "64-bit"), (winreg.KEY_WOW64_32KEY, "32-bit")):
            try:
                winreg.CloseKey(winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key, 0, winreg.KEY_READ | view))
                found.append("HKLM\\%s (%s view)" % (key, name))
            except OSError:
                pass
        return found

    def install_nsis(self, installer):
        self.step("NSIS: %s /S /D=<fresh folder>" % os.path.basename(installer))
        target = self.fresh_folder("nsis-install")
        status, _ = self.run("nsis-install", [installer, "/S", "/D=" + target], timeout=600)
        if status != 0 or not os.path.isfile(os.path.join(target, "bin", "orderdesk.exe")):
            self.fail("the NSIS installer did not install bin\\orderdesk.exe into %s" % target)
            return False
        if not self.registry_entry():
            self.fail("the NSIS installer registered no uninstaller under %s" % self.args.registry_key)
        self.root, self.programs = target, os.path.join(target, "bin")
        self.cleanups.append(self.uninstall_nsis)
        return True

    def uninstall_nsis(self):
        self.step("NSIS: Uninstall.exe /S")
        uninstaller = os.path.join(self.root, "Uninstall.exe")
        # _?= runs the uninstaller in place, so that we wait for it (otherwise it copies itself and returns).
        self.run("nsis-uninstall", [uninstaller, "/S", "_?=" + self.root], timeout=600)
        left = [os.path.relpath(os.path.join(d, n), self.root) for d, _, names in os.walk(self.root) for n in names]
        left = [f for f in left if f != "Uninstall.exe"]  # _?= leaves the uninstaller itself
        if left:
            self.fail("the NSIS uninstaller left %d file(s): %s" % (len(left), ", ".join(sorted(left)[:20])))
        if self.registry_entry():
            self.fail("the NSIS uninstaller left %s" % ", ".join(self.registry_entry()))

    def install_msi(self, msi):
        self.step("MSI: msiexec /i %s /qn INSTALL_ROOT=<fresh folder>" % os.path.basename(msi))
        target = self.fresh_folder("msi-install")
        self.msi = msi
        status, _ = self.run("msi-install", ["msiexec", "/i", msi, "/qn", "/norestart", "INSTALL_ROOT=" + target + "\\",
                                             "/l*v", os.path.join(self.logs, "msiexec-install.log")],
                             timeout=600, check=False)
        if status not in (0, 3010) or not os.path.isfile(os.path.join(target, "bin", "orderdesk.exe")):
            self.fail("msiexec /i exited with %s; bin\\orderdesk.exe in %s: %s"
                      % (status, target, os.path.isfile(os.path.join(target, "bin", "orderdesk.exe"))))
            self.print_msi_log("msiexec-install.log")
            return False
        self.root, self.programs = target, os.path.join(target, "bin")
        self.cleanups.append(self.uninstall_msi)
        return True

    def print_msi_log(self, name):
        path = os.path.join(self.logs, name)
        if os.path.exists(path):
            with open(path, "rb") as f:
                data = f.read()
            text = data.decode("utf-16", "replace") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode(
                "utf-8", "replace")
            print("\n".join(text.splitlines()[-60:]))

    def uninstall_msi(self):
        self.step("MSI: msiexec /x /qn")
        status, _ = self.run("msi-uninstall", ["msiexec", "/x", self.msi, "/qn", "/norestart", "/l*v",
                                               os.path.join(self.logs, "msiexec-uninstall.log")],
                             timeout=600, check=False)
        if status not in (0, 3010):
            self.fail("msiexec /x exited with %s" % status)
            self.print_msi_log("msiexec-uninstall.log")
        left = [os.path.relpath(os.path.join(d, n), self.root) for d, _, names in os.walk(self.root) for n in names]
        if left:
            self.fail("msiexec /x left %d file(s): %s" % (len(left), ", ".join(sorted(left)[:20])))

    # -- checks
    def program(self, name):
        return os.path.join(self.programs, name + EXE)

    def audit(self):
        if self.args.no_audit or not self.root:
            return
        self.step("static dependency audit of %s" % self.root)
        command = [sys.executable, AUDIT, self.root] + self.args.audit_arg
        status, _ = self.run("audit", command, timeout=900, check=False)
        if status != 0:
            self.fail("the dependency audit found problems (above)")

    def signature(self):
        if not IS_MACOS or not self.root:
            return
        self.step("signature: codesign --verify --deep --strict")
        self.run("codesign-verify", ["codesign", "--verify", "--deep", "--strict", "--verbose=2", self.root])
        self.run("codesign-display", ["codesign", "--display", "--verbose=2", self.root], check=False)
        if self.args.expect_signature == "developer-id":
            self.step("Gatekeeper: spctl --assess, stapler validate")
            self.run("spctl", ["spctl", "--assess", "--type", "execute", "--verbose=4", self.root])
        with open(os.path.join(self.root, "Contents", "Info.plist"), "rb") as f:
            info = plistlib.load(f)
        print("  LSMinimumSystemVersion %s, CFBundleShortVersionString %s" % (
            info.get("LSMinimumSystemVersion"), info.get("CFBundleShortVersionString")))
        if info.get("CFBundleShortVersionString") != self.args.version:
            self.fail("Info.plist says version %s" % info.get("CFBundleShortVersionString"))

    def versions(self):
        for name in ("orderdesk", "orderdesk-cli", "orderdesk-sandbox"):
            self.step("%s --version" % name)
            path = self.program(name)
            if not os.path.isfile(path):
                self.fail("%s is not in %s" % (name + EXE, self.programs))
                continue
            env = self.clean_env(QT_QPA_PLATFORM="offscreen")
            status, output = self.run(name + "-version", [path, "--version"], env=env, timeout=60)
            lines = output.strip().splitlines()
            if status == 0 and (not lines or not lines[-1].strip().endswith(" " + self.args.version)):
                self.fail("%s --version does not end with %s" % (name, self.args.version))

    def smoke(self):
        self.step("orderdesk --smoke-test (offscreen, the built-in sandbox)")
        env = self.clean_env(QT_QPA_PLATFORM="offscreen")
        status, output = self.run("smoke-test", [self.program("orderdesk"), "--smoke-test"], env=env, timeout=240)
        if status == 0 and "smoke test passed" not in output:
            self.fail("orderdesk --smoke-test did not say that it passed")

    def selfcheck(self, name, arguments, env=None, expect_ok=True):
        env = env or self.clean_env()
        status, output = self.run(name, [self.program("orderdesk-cli"), "selfcheck"] + arguments, env=env,
                                  timeout=120, check=False)
        if expect_ok and (status != 0 or "FAIL" in output or "ok   " not in output):
            self.fail("orderdesk-cli selfcheck %s: exit status %s" % (" ".join(arguments), status))
        if not expect_ok:
            if status != 1:
                self.fail("orderdesk-cli selfcheck %s should have failed (exit status 1), exited with %s"
                          % (" ".join(arguments), status))
            else:
                print("ok   refused, as it must be: selfcheck %s (its FAIL line is the expected one)"
                      % " ".join(arguments))
        return output

    # -- PostgreSQL
    def postgres(self):
        a = self.args
        if a.postgres_from_env:
            self.step("QPSQL: the PostgreSQL of the environment (PGHOST, PGPORT, ...)")
            missing = [v for v in ("PGHOST", "PGUSER", "PGPASSWORD") if not os.environ.get(v)]
            if missing:
                self.fail("--postgres-from-env, but %s unset" % ", ".join(missing))
                return
            url = "postgresql://%s@%s:%s/%s" % (os.environ["PGUSER"], os.environ["PGHOST"],
                                               os.environ.get("PGPORT", "5432"), os.environ.get("PGDATABASE",
                                                                                               "postgres"))
            self.selfcheck("selfcheck-postgres", ["--postgres", url],
                           env=self.clean_env(PGPASSWORD=os.environ["PGPASSWORD"]))
            return
        if not a.postgres_bin:
            return
        self.step("QPSQL: start PostgreSQL from %s" % a.postgres_bin)
        server = PostgresServer(self, a.postgres_bin)
        try:
            if server.start():
                self.step("QPSQL: orderdesk-cli selfcheck --postgres")
                self.selfcheck("selfcheck-postgres", ["--postgres", server.url()],
                               env=self.clean_env(PGPASSWORD=server.password))
        finally:
            server.stop()

    # -- HTTPS
    def https(self):
        self.step("HTTPS: a test CA and a loopback TLS server")
        tls = TlsServer(self)
        if not tls.start():
            return
        try:
            self.step("HTTPS: orderdesk-cli selfcheck --https trusting only the test CA")
            before = tls.requests
            self.selfcheck("selfcheck-https", ["--https", tls.url, "--https-ca", tls.ca])
            if tls.requests == before:
                self.fail("the TLS server saw no request")
            self.step("HTTPS: the same GET trusting only the system's CAs must fail")
            self.selfcheck("selfcheck-https-untrusted", ["--https", tls.url], expect_ok=False)
        finally:
            tls.stop()

    # -- keychain
    def keychain(self):
        if not self.args.keychain:
            return
        self.step("keychain: orderdesk-cli selfcheck --keychain")
        if IS_MACOS:
            with TestKeychain(self):
                self.selfcheck("selfcheck-keychain", ["--keychain"])
        else:
            self.selfcheck("selfcheck-keychain", ["--keychain"])

    def main(self):
        try:
            if not self.install():
                self.fail("installing failed: nothing to test")
                return 1
            self.check_clean()
            self.audit()
            self.signature()
            self.versions()
            self.smoke()
            self.postgres()
            self.https()
            self.keychain()
        finally:
            for cleanup in reversed(self.cleanups):
                try:
                    cleanup()
                except Exception as error:  # the uninstall must be reported, whatever broke
                    self.fail("cleaning up: %s" % error)
        if self.failures:
            print("artifact-test: FAILED: %d problem(s):" % len(self.failures))
            for failure in self.failures:
                print("  " + failure)
            return 1
        print("artifact-test: all %d steps passed" % self.steps)
        return 0


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """initdb + pg_ctl in a fresh folder: loopback only, a free port, SCRAM password authentication."""

    def __init__(self, test, bindir):
        self.test = test
        self.bindir = bindir
        self.password = "od-" + os.urandom(12).hex()
        self.user = "orderdesk"
        self.port = free_port()
        # Its own folder outside --work: as root on Linux the server runs as postgres, which must reach it.
        self.folder = tempfile.mkdtemp(prefix="orderdesk-pg-")
        self.data = os.path.join(self.folder, "data")
        self.started = False
        self.as_user = []
        if not IS_WINDOWS and os.geteuid() == 0:  # PostgreSQL refuses to run as root
            import pwd
            account = pwd.getpwnam(test.args.postgres_user)
            os.chown(self.folder, account.pw_uid, account.pw_gid)
            self.as_user = ["runuser", "-u", test.args.postgres_user, "--"]

    def tool(self, name):
        return os.path.join(self.bindir, name + EXE)

    def start(self):
        t = self.test
        pwfile = os.path.join(self.folder, "pw")
        with open(pwfile, "w") as f:
            f.write(self.password + "\n")
        if self.as_user:
            import pwd
            account = pwd.getpwnam(t.args.postgres_user)
            os.chown(pwfile, account.pw_uid, account.pw_gid)
        status, _ = t.run("initdb", self.as_user + [self.tool("initdb"), "-D", self.data, "-U", self.user,
                                                    "--pwfile", pwfile, "--auth=scram-sha-256", "-E", "UTF8",
                                                    "--no-instructions"], timeout=300)
        if status != 0:
            return False
        sockets = "''" if IS_WINDOWS else "'%s'" % self.folder
        with open(os.path.join(self.data, "postgresql.conf"), "a") as conf:
            conf.write("\n# artifact-test\nport = %d\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = %s\n"
                       % (self.port, sockets))
        status, _ = t.run("pg_ctl-start", self.as_user + [self.tool("pg_ctl"), "-D", self.data, "-l",
                                                          os.path.join(self.folder, "server.log"), "-w", "-t", "120",
                                                          "start"], timeout=180)
        self.started = status == 0
        if not self.started:
            self.print_log()
        return self.started

    def print_log(self):
        log = os.path.join(self.folder, "server.log")
        if os.path.exists(log):
            with open(log, encoding="utf-8", errors="replace") as f:
                print(f.read()[-4000:])

    def url(self):
        return "postgresql://%s@127.0.0.1:%d/postgres" % (self.user, self.port)

    def stop(self):
        if self.started:
            self.test.run("pg_ctl-stop", self.as_user + [self.tool("pg_ctl"), "-D", self.data, "-m", "fast", "-w",
                                                         "stop"], timeout=120, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


CA_CONFIG = """[req]
distinguished_name = dn
prompt = no
x509_extensions = v3_ca
[dn]
CN = OrderDesk artifact test CA
[v3_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
"""
SERVER_CONFIG = """[req]
distinguished_name = dn
prompt = no
[dn]
CN = localhost
[v3_server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
"""


def find_openssl(given):
    if given:
        return given
    found = shutil.which("openssl")
    if found:
        return found
    for candidate in (r"C:\Program Files\Git\usr\bin\openssl.exe", r"C:\Program Files\Git\mingw64\bin\openssl.exe",
                      r"C:\Program Files\OpenSSL\bin\openssl.exe"):
        if os.path.isfile(candidate):
            return candidate
    return None


class TlsServer:
    """A CA and a server certificate made with openssl (short-lived, SAN 127.0.0.1 and localhost, what
    macOS asks of a server certificate), served by Python's ssl module on a free loopback port."""

    def __init__(self, test):
        self.test = test
        self.folder = os.path.join(test.work, "tls")
        self.ca = os.path.join(self.folder, "ca.pem")
        self.httpd = None
        self.requests = 0
        self.url = None

    def start(self):
        t = self.test
        openssl = find_openssl(t.args.openssl)
        if not openssl:
            t.fail("no openssl to make the test CA with (--openssl)")
            return False
        shutil.rmtree(self.folder, ignore_errors=True)
        os.makedirs(self.folder)
        f = lambda name: os.path.join(self.folder, name)  # noqa: E731
        with open(f("ca.cnf"), "w") as out:
            out.write(CA_CONFIG)
        with open(f("server.cnf"), "w") as out:
            out.write(SERVER_CONFIG)
        serial = "0x" + os.urandom(8).hex()
        for name, command in (
                ("openssl-ca", [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "2",
                                "-config", f("ca.cnf"), "-keyout", f("ca.key"), "-out", self.ca]),
                ("openssl-csr", [openssl, "req", "-new", "-newkey", "rsa:2048", "-nodes", "-sha256",
                                 "-config", f("server.cnf"), "-keyout", f("server.key"), "-out", f("server.csr")]),
                ("openssl-sign", [openssl, "x509", "-req", "-sha256", "-days", "2", "-in", f("server.csr"),
                                  "-CA", self.ca, "-CAkey", f("ca.key"), "-set_serial", serial,
                                  "-extfile", f("server.cnf"), "-extensions", "v3_server", "-out", f("server.pem")])):
            status, _ = t.run(name, command, timeout=120, quiet=True)  # its progress dots only when it fails
            if status != 0:
                return False
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests += 1
                body = b'{"orderdesk": "selfcheck"}\n'
                self.send_response(200 if self.path == "/selfcheck" else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, fmt, *args):
                print("  tls-server: " + fmt % args, flush=True)

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(f("server.pem"), f("server.key"))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = "https://127.0.0.1:%d/selfcheck" % self.httpd.server_address[1]
        print("  serving %s with a certificate from %s" % (self.url, self.ca))
        return True

    def stop(self):
        if self.httpd:
            self.httpd.shutdown()
            self.httpd.server_close()


class TestKeychain:
    """macOS: a throw-away keychain, unlocked and made the default for the run; the previous default
    and search list come back afterwards. Nothing of the runner's login keychain is touched."""

    def __init__(self, test):
        self.test = test
        self.path = os.path.join(test.work, "artifact-test.keychain-db")
        self.password = os.urandom(12).hex()

    def security(self, *arguments, check=True):
        result = subprocess.run(["security"] + list(arguments), capture_output=True, text=True)
        if check and result.returncode != 0:
            self.test.fail("security %s: %s" % (arguments[0], result.stderr.strip()))
        return result.stdout

    def __enter__(self):
        self.old_default = self.security("default-keychain", "-d", "user").strip().strip('"')
        self.old_list = [k.strip().strip('"') for k in self.security("list-keychains", "-d", "user").splitlines()
                         if k.strip()]
        if os.path.exists(self.path):
            self.security("delete-keychain", self.path, check=False)
        self.security("create-keychain", "-p", self.password, self.path)
        self.security("set-keychain-settings", self.path)  # no timeout, no lock on sleep
        self.security("unlock-keychain", "-p", self.password, self.path)
        self.security("list-keychains", "-d", "user", "-s", self.path, *self.old_list)
        self.security("default-keychain", "-d", "user", "-s", self.path)
        return self

    def __exit__(self, *exc):
        if self.old_default:
            self.security("default-keychain", "-d", "user", "-s", self.old_default)
        self.security("list-keychains", "-d", "user", "-s", *self.old_list)
        self.security("delete-keychain", self.path, check=False)
        return False


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--installed", metavar="DIR", help="the programs are already installed in DIR")
    what.add_argument("--dmg", help="a macOS disk image with orderdesk.app")
    what.add_argument("--nsis", help="the NSIS installer (.exe)")
    what.add_argument("--msi", help="the MSI package")
    parser.add_argument("--version", required=True, help="what every --version must end with")
    parser.add_argument("--work", required=True, help="a folder for the installation, certificates and logs")
    pg = parser.add_mutually_exclusive_group()
    pg.add_argument("--postgres-bin", metavar="DIR", help="PostgreSQL's bin folder (initdb, pg_ctl)")
    pg.add_argument("--postgres-from-env", action="store_true", help="use PGHOST, PGPORT, PGUSER, PGPASSWORD")
    parser.add_argument("--postgres-user", default="postgres", help="who runs the server when we are root")
    parser.add_argument("--keychain", action="store_true", help="also the keychain round trip")
    parser.add_argument("--openssl", help="the openssl program (default: from PATH, or Git for Windows')")
    parser.add_argument("--audit-arg", action="append", default=[], help="passed on to audit-deps.py")
    parser.add_argument("--no-audit", action="store_true", help="the caller audits (the .deb)")
    parser.add_argument("--expect-signature", choices=["adhoc", "developer-id"], default="adhoc")
    parser.add_argument("--registry-key", default="OrderDesk", help="NSIS: CPACK_PACKAGE_INSTALL_REGISTRY_KEY")
    args = parser.parse_args(argv)
    if not args.postgres_bin and not args.postgres_from_env:
        parser.error("--postgres-bin or --postgres-from-env: the QPSQL check is not optional")
    started = time.time()
    status = Test(args).main()
    print("artifact-test: %.0f s on %s" % (time.time() - started, platform.platform()))
    return status


if __name__ == "__main__":
    sys.exit(main())
