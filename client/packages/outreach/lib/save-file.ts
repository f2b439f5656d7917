import Taro from '@tarojs/taro';

/** Saves a base64 file the server made: H5 downloads it; weapp writes it and opens (PDF) or previews (PNG) it. */
export async function saveBase64File(file: { fileName: string; mime: string; base64: string }): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a');
    a.href = `data:${file.mime};base64,${file.base64}`;
    a.download = file.fileName;
    a.click();
    return;
  }
  const path = `${Taro.env.USER_DATA_PATH}/${file.fileName}`;
  Taro.getFileSystemManager().writeFileSync(path, file.base64, 'base64');
  if (file.mime === 'application/pdf') await Taro.openDocument({ filePath: path, fileType: 'pdf', showMenu: true });
  else await Taro.previewImage({ urls: [path] });
}
