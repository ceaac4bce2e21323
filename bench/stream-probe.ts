// Loaded into the server process by the streams bench (node --import): answers its parent over IPC with the
// process's CPU time, and on `measure` its memory after a full collection (with --expose-gc), without touching the
// server. CPU is read before the collection, and idle windows are timed with `cpu` alone: the collections are the
// bench's own work, not the server's.
const collect = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: { type?: string }) => {
  if (message?.type !== 'measure' && message?.type !== 'cpu') return;
  const cpu = process.cpuUsage();
  const cpuMicros = cpu.user + cpu.system;
  if (message.type === 'cpu') {
    process.send?.({ type: 'measured', cpuMicros });
    return;
  }
  if (collect) {
    collect();
    collect();
  }
  const memory = process.memoryUsage();
  process.send?.({ type: 'measured', collected: collect !== undefined, rss: memory.rss, heapUsed: memory.heapUsed, external: memory.external, arrayBuffers: memory.arrayBuffers, cpuMicros });
});
// The IPC channel alone must not keep a server that was told to stop alive.
process.channel?.unref();
