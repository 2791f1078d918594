import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:4000';

// Root is ui/; the build goes to ui/dist, which the API server serves at /.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape alone is ~450 kB; one chunk is fine for this page.
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/graphql': api } },
  preview: { proxy: { '/graphql': api } },
});
