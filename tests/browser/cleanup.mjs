// What must not outlive a test process that ends early (an error, Ctrl-C, the runner's SIGTERM):
// synchronous cleanups run on exit and on those signals.
const cleanups = new Set();

function runAll() {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // the rest still runs
    }
  }
  cleanups.clear();
}

process.once('exit', runAll);
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]])
  process.once(signal, () => {
    runAll();
    process.exit(128 + number);
  });

// Registers `cleanup`; the returned function unregisters it once it ran the normal way.
export function onEarlyEnd(cleanup) {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
