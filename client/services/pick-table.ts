/**
 * Picking a spreadsheet to import: H5 opens the browser's file chooser, the mini-program a file from a chat
 * (wx.chooseMessageFile). CSV text is decoded as UTF-8, or in H5 GB18030 when Excel saved it in the Chinese code
 * page (the mini-program reads UTF-8 only: save as "CSV UTF-8" or use .xlsx); XLSX goes to the server as base64.
 */
import Taro from '@tarojs/taro';
import { isWeapp } from '@/env';

export type PickedTable = { name: string; format: 'csv' | 'xlsx'; content: string };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** UTF-8 when it decodes cleanly, else GB18030 (Excel's "CSV" on a Chinese Windows). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function tableFromBytes(name: string, bytes: Uint8Array): PickedTable {
  const xlsx = /\.xlsx$/i.test(name);
  return { name, format: xlsx ? 'xlsx' : 'csv', content: xlsx ? toBase64(bytes) : decodeCsv(bytes) };
}

function pickInBrowser(): Promise<PickedTable | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    input.onchange = () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      void file.arrayBuffer().then((buf) => resolve(tableFromBytes(file.name, new Uint8Array(buf))));
    };
    input.click();
  });
}

/** The mini-program has no TextDecoder or btoa: the file system decodes UTF-8 text, Taro encodes base64. */
async function pickInWeapp(): Promise<PickedTable | null> {
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'xlsx'] });
    const file = res.tempFiles[0];
    if (!file) return null;
    const fs = Taro.getFileSystemManager();
    if (/\.xlsx$/i.test(file.name)) {
      const data = fs.readFileSync(file.path);
      if (typeof data === 'string') return null;
      return { name: file.name, format: 'xlsx', content: Taro.arrayBufferToBase64(data) };
    }
    return { name: file.name, format: 'csv', content: String(fs.readFileSync(file.path, 'utf8')) };
  } catch {
    return null; // cancelled
  }
}

/** Resolves null when the user cancels. */
export function pickTable(): Promise<PickedTable | null> {
  return isWeapp ? pickInWeapp() : pickInBrowser();
}
