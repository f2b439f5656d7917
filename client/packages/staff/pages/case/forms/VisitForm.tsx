import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { MAX_ATTACHMENTS, type TUploadedAttachment } from '@shared/schemas/attachments';
import { ZCaseVisitRequest } from '@shared/schemas/cases';
import { Field, Sheet } from '@/components/StaffForm';
import { toApiError } from '@/services/api-error';
import { pickPhotos, uploadAttachment } from '@/services/upload';
import { formatInputDateTime, parseInputDateTime } from '@/packages/staff/lib/format';
import { useActionForm, type ActionHost } from './useActionForm';
import { tapProps } from '@/components/Tappable';

/** 上门走访: what was seen, when, and photos (uploaded one by one as staged visit attachments). */
export default function VisitForm({ host }: { host: ActionHost }) {
  const [note, setNote] = useState('');
  const [when, setWhen] = useState(() => formatInputDateTime(new Date()));
  const [photos, setPhotos] = useState<TUploadedAttachment[]>([]);
  const [uploading, setUploading] = useState<string>();
  const [photoError, setPhotoError] = useState<string>();
  const form = useActionForm(host, 'cases.visit', ZCaseVisitRequest);

  const addPhotos = async () => {
    setPhotoError(undefined);
    const picked = await pickPhotos(MAX_ATTACHMENTS - photos.length);
    for (const [i, file] of picked.entries()) {
      setUploading(`正在上传第 ${i + 1} 张，共 ${picked.length} 张…`);
      try {
        const uploaded = await uploadAttachment(file, { purpose: 'visit' });
        setPhotos((prev) => [...prev, uploaded]);
      } catch (error) {
        setPhotoError(`有一张照片没有传上去：${toApiError(error).message}`);
      }
    }
    setUploading(undefined);
  };

  const submit = () => {
    const visitedAt = parseInputDateTime(when);
    void form.submit(
      { note, visitedAt: visitedAt ?? when, ...(photos.length ? { photoIds: photos.map((p) => p.id) } : {}) },
      '走访记录已保存',
      (): Record<string, string> => (visitedAt ? {} : { visitedAt: '请按“2026-11-29 14:30”的格式填写走访时间' }),
    );
  };

  return (
    <Sheet
      name='visit'
      title='上门走访'
      error={form.error}
      busy={form.busy || Boolean(uploading)}
      submitText='保存走访记录'
      onSubmit={submit}
      onCancel={host.onClose}
    >
      <Field
        name='note'
        label='走访情况'
        multiline
        maxlength={2000}
        value={note}
        onChange={setNote}
        error={form.errors.note}
        placeholder='例如：老人独居，行动不便，冰箱里没有食物'
      />
      <Field
        name='visitedAt'
        label='走访时间'
        value={when}
        onChange={setWhen}
        error={form.errors.visitedAt}
        hint='格式：2026-11-29 14:30'
        maxlength={16}
      />
      <View className='visit-photos'>
        <Text className='staff-field__label'>照片（可不拍，最多 {MAX_ATTACHMENTS} 张）</Text>
        {photos.map((p, i) => (
          <View key={p.id} className='visit-photos__item'>
            <Text className='visit-photos__name'>
              第 {i + 1} 张 · {Math.max(1, Math.round(p.bytes / 1024))} KB
            </Text>
            <Text className='visit-photos__remove' {...tapProps(() => setPhotos(photos.filter((x) => x.id !== p.id)))}>
              删除
            </Text>
          </View>
        ))}
        {uploading ? <Text className='staff-field__hint'>{uploading}</Text> : null}
        {photoError || form.errors.photoIds ? (
          <Text className='staff-field__error'>{photoError ?? form.errors.photoIds}</Text>
        ) : null}
        {photos.length < MAX_ATTACHMENTS && !uploading ? (
          <Text className='visit-photos__add' {...tapProps(() => void addPhotos())}>
            + 拍照或选照片
          </Text>
        ) : null}
      </View>
    </Sheet>
  );
}
