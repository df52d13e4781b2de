import { firstPage } from './first-page';

// Prints what the first page of the built app loads (npm run build first): files, bytes and gzip bytes.
// Usage: npm run bench:first-page [-- dist/web]
const page = firstPage(process.argv[2] ?? 'dist/web');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const script of [...page.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
  console.log(`${kb(script.gzipBytes).padStart(10)} gzip ${kb(script.bytes).padStart(10)}  ${script.file}`);
}
console.log(
  `${page.scripts.length} files, ${page.bytes} bytes (${kb(page.bytes)}), ${page.gzipBytes} gzip (${kb(page.gzipBytes)})`,
);
