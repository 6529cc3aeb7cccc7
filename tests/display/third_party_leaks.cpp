// Leaks that are not ours, for the leak checker of the test programs that use the text
// engine: Pango keeps a font map alive after its last reference is dropped (its fontconfig
// set-up runs on a thread of its own), so the fontconfig configuration it holds is never
// freed. Test code.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\n";
}
