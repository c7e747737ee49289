/** The 2003-era hotpatch model: layout, patch record, protocol, threads and the interleaving check. */
export * from './layout';
export * from './patch-record';
export * from './protocol';
export * from './thread';
export * from './whole-instruction';
export * from './interleavings';
