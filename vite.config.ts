import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The client lives in client/; its build lands in dist/client, which the server serves.
export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [vue()],
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  build: { outDir: fileURLToPath(new URL('./dist/client', import.meta.url)), emptyOutDir: true },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      // The server refuses socket handshakes from other origins (YQ_PUBLIC_ORIGIN); this dev proxy is the page's origin.
      '/socket.io': { target: 'ws://127.0.0.1:8080', ws: true, headers: { origin: 'http://127.0.0.1:8080' } },
    },
  },
})
