// Types for serveStatic.mjs, so TypeScript callers (the benchmark) can start it.
import type { Server } from 'node:http';

export const CONTENT_SECURITY_POLICY: string;
export function serveStatic(options: { dir: string; port: number; host?: string }): Promise<Server>;
