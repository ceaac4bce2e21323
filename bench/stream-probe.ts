// Loaded into the server process by the streams bench (node --import): answers its parent over IPC with the
// process's memory (after a full collection when --expose-gc is on) and its CPU time, without touching the server.
const collect = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: { type?: string }) => {
  if (message?.type !== 'measure') return;
  if (collect) {
    collect();
    collect();
  }
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  process.send?.({ type: 'measured', collected: collect !== undefined, rss: memory.rss, heapUsed: memory.heapUsed, external: memory.external, arrayBuffers: memory.arrayBuffers, cpuMicros: cpu.user + cpu.system });
});
// The IPC channel alone must not keep a server that was told to stop alive.
process.channel?.unref();
