/// <reference types="vite/client" />

/** The app's version, injected at build time by renderer/vite.config.mts (see `define`). */
declare const __APP_VERSION__: string;
