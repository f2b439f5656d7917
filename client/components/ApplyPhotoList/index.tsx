import { Image, Text, View } from '@tarojs/components';
import { altProps, tapProps } from '../Tappable';
import { useState } from 'react';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '@shared/schemas/attachments';
import { toApiError } from '@/services/api-error';
import type { DraftAttachment } from '@/services/draft';
import { ensurePrivacyAuthorized } from '@/services/privacy';
import { pickPhotos, uploadAttachment, type PickedFile } from '@/services/upload';
import './index.scss';

type Pending = { key: string; file: PickedFile; progress: number; error?: string };

type Props = {
  attachments: DraftAttachment[];
  onAdd: (attachment: DraftAttachment) => void;
  onRemove: (id: string) => void;
};

let seq = 0;

/** Photos for an application (or information added later): each one uploads as soon as it is picked, with progress, errors, retry and remove. */
export default function ApplyPhotoList({ attachments, onAdd, onRemove }: Props) {
  const [pending, setPending] = useState<Pending[]>([]);
  const [notice, setNotice] = useState<string>();
  // Local previews do not survive an app restart (blob: URLs, cleaned temp files): then show the caption only.
  const [gone, setGone] = useState<string[]>([]);
  const room = MAX_ATTACHMENTS - attachments.length - pending.length;

  const patch = (key: string, change: Partial<Pending>) =>
    setPending((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));

  const upload = async (item: Pending) => {
    if (item.file.size > MAX_ATTACHMENT_BYTES) {
      patch(item.key, { error: '这张照片太大了（超过 10 MB），请换一张' });
      return;
    }
    patch(item.key, { error: undefined, progress: 0 });
    try {
      const uploaded = await uploadAttachment(item.file, { onProgress: (progress) => patch(item.key, { progress }) });
      setPending((list) => list.filter((p) => p.key !== item.key));
      onAdd({ id: uploaded.id, name: uploaded.name, kind: uploaded.kind, preview: item.file.path });
    } catch (error) {
      patch(item.key, { error: toApiError(error).message });
    }
  };

  const handleAdd = async () => {
    setNotice(undefined);
    if (room <= 0) return;
    if (!(await ensurePrivacyAuthorized())) {
      setNotice('需要先同意隐私保护指引，才能选择照片');
      return;
    }
    const files = await pickPhotos(room);
    const items = files.slice(0, room).map((file) => ({ key: `p${++seq}`, file, progress: 0 }));
    setPending((list) => [...list, ...items]);
    await Promise.all(items.map(upload));
  };

  return (
    <View className='photo-list'>
      <View className='photo-list__grid'>
        {attachments.map((a, i) => (
          <View key={a.id} className='photo-list__item photo-list__item--done'>
            {a.kind === 'image' && a.preview && !gone.includes(a.id) ? (
              <Image
                className='photo-list__image'
                src={a.preview}
                mode='aspectFill'
                {...altProps(`第 ${i + 1} 张照片`)}
                onError={() => setGone((list) => [...list, a.id])}
              />
            ) : null}
            <Text className='photo-list__caption'>第 {i + 1} 张 已上传</Text>
            <Text className='photo-list__remove' {...tapProps(() => onRemove(a.id), { label: `删除第 ${i + 1} 张` })}>
              删除
            </Text>
          </View>
        ))}
        {pending.map((p) => (
          <View key={p.key} className={`photo-list__item${p.error ? ' photo-list__item--failed' : ''}`}>
            <Image className='photo-list__image' src={p.file.path} mode='aspectFill' {...altProps('正在上传的照片')} />
            {p.error ? (
              <>
                <Text className='photo-list__error'>{p.error}</Text>
                <Text className='photo-list__retry' {...tapProps(() => void upload(p), { label: '重新上传这张' })}>
                  重试
                </Text>
                <Text
                  className='photo-list__remove'
                  {...tapProps(() => setPending((list) => list.filter((x) => x.key !== p.key)), {
                    label: '删除这张',
                  })}
                >
                  删除
                </Text>
              </>
            ) : (
              <Text className='photo-list__progress'>正在上传 {p.progress}%</Text>
            )}
          </View>
        ))}
      </View>
      {room > 0 ? (
        <View className='photo-list__add' {...tapProps(() => void handleAdd())}>
          <Text className='photo-list__add-text'>+ 拍照或选照片（还能加 {room} 张）</Text>
        </View>
      ) : (
        <Text className='photo-list__note'>已经有 {MAX_ATTACHMENTS} 张了，不能再加</Text>
      )}
      {notice ? <Text className='photo-list__note photo-list__note--warning'>{notice}</Text> : null}
    </View>
  );
}
