// A check of a JPEG's Huffman tables before stb decodes it. Debian 12's stb_image (a 2022
// snapshot of 2.27) trusts them: a DHT segment that defines more than 256 codes makes it write
// past its tables, and a scan that uses a table no DHT defined makes it read leftover heap bytes
// as one (an assert that ends the process, or a read far outside). Upstream fixed both in 2.28
// (stb issues 1289 and 1291); this check refuses such files until Debian ships the fix.
#pragma once

#include <string_view>

namespace dagritme::images {

// False when a DHT segment holds a table of more than 256 codes, or a scan decodes with a
// Huffman table that no DHT defined before it. The file is read as stb reads it (segments up to
// the frame header, then scans and the markers between them up to EOI); where stb would give
// up on the file, the check stops and leaves the refusal to stb.
bool huffman_tables_sound(std::string_view jpeg);

} // namespace dagritme::images
