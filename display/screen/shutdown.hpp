// SIGTERM and SIGINT ask the display to stop: the render loop notices within 100 ms, closes
// the window and the worker is joined, so a service manager or Ctrl-C stops it cleanly.
// Install on the main thread before other threads start; query from any thread.
#pragma once

namespace dagritme::app {

void install_shutdown_signals();
bool shutdown_requested();

} // namespace dagritme::app
