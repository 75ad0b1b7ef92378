import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The front end is built into dist/client, which the Nest server serves at `/` (src/web/web.module.ts).
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000' } },
});
