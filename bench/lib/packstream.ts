/**
 * A reader of the PackStream values a driver puts in a Bolt RUN message (query text, parameters),
 * enough to replay a captured statement under PROFILE. Structs (dates, nodes) are returned as
 * `{ signature, fields }`; 64-bit integers as JS numbers.
 */
export function unpack(buf: Buffer, start = 0): { value: unknown; end: number } {
  let i = start;
  const m = buf[i++]!;
  const read = (n: number): unknown[] => {
    const out: unknown[] = [];
    for (let k = 0; k < n; k++) {
      const r = unpack(buf, i);
      out.push(r.value);
      i = r.end;
    }
    return out;
  };
  const str = (n: number) => {
    const s = buf.toString("utf8", i, i + n);
    i += n;
    return s;
  };
  const map = (n: number) => {
    const o: Record<string, unknown> = {};
    for (let k = 0; k < n; k++) {
      const key = unpack(buf, i);
      const val = unpack(buf, key.end);
      o[String(key.value)] = val.value;
      i = val.end;
    }
    return o;
  };
  let value: unknown;
  if (m < 0x80) value = m;
  else if (m >= 0xf0) value = m - 0x100;
  else if (m >= 0x80 && m <= 0x8f) value = str(m & 0x0f);
  else if (m >= 0x90 && m <= 0x9f) value = read(m & 0x0f);
  else if (m >= 0xa0 && m <= 0xaf) value = map(m & 0x0f);
  else if (m >= 0xb0 && m <= 0xbf) {
    const signature = buf[i++]!;
    value = { signature, fields: read(m & 0x0f) };
  } else {
    switch (m) {
      case 0xc0:
        value = null;
        break;
      case 0xc1:
        value = buf.readDoubleBE(i);
        i += 8;
        break;
      case 0xc2:
        value = false;
        break;
      case 0xc3:
        value = true;
        break;
      case 0xc8:
        value = buf.readInt8(i);
        i += 1;
        break;
      case 0xc9:
        value = buf.readInt16BE(i);
        i += 2;
        break;
      case 0xca:
        value = buf.readInt32BE(i);
        i += 4;
        break;
      case 0xcb:
        value = Number(buf.readBigInt64BE(i));
        i += 8;
        break;
      case 0xcc: {
        const n = buf.readUInt8(i);
        i += 1;
        value = buf.subarray(i, i + n);
        i += n;
        break;
      }
      case 0xcd: {
        const n = buf.readUInt16BE(i);
        i += 2;
        value = buf.subarray(i, i + n);
        i += n;
        break;
      }
      case 0xce: {
        const n = buf.readUInt32BE(i);
        i += 4;
        value = buf.subarray(i, i + n);
        i += n;
        break;
      }
      case 0xd0: {
        const n = buf.readUInt8(i);
        i += 1;
        value = str(n);
        break;
      }
      case 0xd1: {
        const n = buf.readUInt16BE(i);
        i += 2;
        value = str(n);
        break;
      }
      case 0xd2: {
        const n = buf.readUInt32BE(i);
        i += 4;
        value = str(n);
        break;
      }
      case 0xd4: {
        const n = buf.readUInt8(i);
        i += 1;
        value = read(n);
        break;
      }
      case 0xd5: {
        const n = buf.readUInt16BE(i);
        i += 2;
        value = read(n);
        break;
      }
      case 0xd6: {
        const n = buf.readUInt32BE(i);
        i += 4;
        value = read(n);
        break;
      }
      case 0xd8: {
        const n = buf.readUInt8(i);
        i += 1;
        value = map(n);
        break;
      }
      case 0xd9: {
        const n = buf.readUInt16BE(i);
        i += 2;
        value = map(n);
        break;
      }
      case 0xda: {
        const n = buf.readUInt32BE(i);
        i += 4;
        value = map(n);
        break;
      }
      default:
        throw new Error(`PackStream marker 0x${m.toString(16)} at ${start} is not understood`);
    }
  }
  return { value, end: i };
}
