/** The x86/x64 byte model: formatting, memory images, jump encoders and the decoder. */
export * from './hex';
export * from './memory';
export * from './encode';
export * from './decode';
