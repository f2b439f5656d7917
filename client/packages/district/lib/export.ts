/** Saves the monthly report the server built (base64): H5 downloads it; the mini-program opens it in WeChat's viewer. */
import Taro from '@tarojs/taro';
import type { TReportFile } from '@shared/schemas/stats';
import { isH5 } from '@/env';

export async function saveReport(file: TReportFile): Promise<void> {
  if (isH5) {
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return;
  }
  const path = `${Taro.env.USER_DATA_PATH}/${file.fileName}`;
  Taro.getFileSystemManager().writeFileSync(path, file.base64, 'base64');
  await Taro.openDocument({ filePath: path, showMenu: true });
}
