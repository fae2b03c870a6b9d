import { constants, crc32, deflateRawSync } from "node:zlib";

// A minimal streaming ZIP writer for exports: entries are written one after another as their
// chunks arrive (each chunk deflated on its own, sizes and CRC in a data descriptor after the
// entry), then the central directory. Enough for two CSV files; no ZIP64 (entries under 4 GB).

type Written = { name: Buffer; crc: number; compressed: number; size: number; offset: number };

function dosDateTime(date: Date): [number, number] {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return [time, day];
}

export async function* zipEntries(entries: { name: string; chunks: AsyncIterable<string> }[], now = new Date()): AsyncGenerator<Buffer> {
  const written: Written[] = [];
  const [time, day] = dosDateTime(now);
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0808, 6); // data descriptor follows; names are UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(day, 12);
    header.writeUInt16LE(name.length, 26);
    yield Buffer.concat([header, name]);
    const start = offset;
    offset += header.length + name.length;
    let crc = 0;
    let size = 0;
    let compressed = 0;
    // Each chunk is deflated as a non-final block with a sync flush, so blocks concatenate.
    for await (const chunk of entry.chunks) {
      const bytes = Buffer.from(chunk, "utf8");
      if (bytes.length === 0) continue;
      crc = crc32(bytes, crc);
      size += bytes.length;
      const block = deflateRawSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });
      compressed += block.length;
      yield block;
    }
    const end = Buffer.from([0x03, 0x00]); // an empty final block
    compressed += end.length;
    yield end;
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    yield descriptor;
    offset += compressed + descriptor.length;
    written.push({ name, crc: crc >>> 0, compressed, size, offset: start });
  }
  const centralStart = offset;
  const central: Buffer[] = [];
  for (const entry of written) {
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0808, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt16LE(time, 12);
    record.writeUInt16LE(day, 14);
    record.writeUInt32LE(entry.crc, 16);
    record.writeUInt32LE(entry.compressed, 20);
    record.writeUInt32LE(entry.size, 24);
    record.writeUInt16LE(entry.name.length, 28);
    record.writeUInt32LE(entry.offset, 42);
    central.push(record, entry.name);
  }
  const directory = Buffer.concat(central);
  const endRecord = Buffer.alloc(22);
  endRecord.writeUInt32LE(0x06054b50, 0);
  endRecord.writeUInt16LE(written.length, 8);
  endRecord.writeUInt16LE(written.length, 10);
  endRecord.writeUInt32LE(directory.length, 12);
  endRecord.writeUInt32LE(centralStart, 16);
  yield Buffer.concat([directory, endRecord]);
}
