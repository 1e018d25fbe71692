#pragma once

class QFont;

namespace OrderDesk {

// Lays out and paints, once, a short text in every script the order list is likely to hold (Latin,
// Arabic, Hebrew, Japanese, emoji) in `font`, on the calling (GUI) thread. Qt loads a fallback font
// the first time it meets a character the main font lacks; with the Noto fonts installed that is
// 40-80 ms of CPU, which would otherwise land on the first paint of the rows. Called by the main
// window's constructor, while the first page is still on its way.
void warmFallbackFonts(const QFont& font);

} // namespace OrderDesk
