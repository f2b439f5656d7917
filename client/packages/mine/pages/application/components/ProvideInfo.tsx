import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ZProvideInfoRequest, type TApplicationDetail } from '@shared/schemas/applications';
import ActionButton from '@/components/ActionButton';
import ApplyPhotoList from '@/components/ApplyPhotoList';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import type { DraftAttachment } from '@/services/draft';

type Props = { id: string; onDone: (detail: TApplicationDetail) => void };

/**
 * 补充情况: what staff asked for, in words and photos. What was typed stays if sending fails. An application that
 * holds no sensitive-data consent yet (older ones) is refused naming consents.sensitiveData: the consent is then
 * asked here, with the same one sentence as the apply wizard, and sent with the next try.
 */
export default function ProvideInfo({ id, onDone }: Props) {
  const [message, setMessage] = useState('');
  const [photos, setPhotos] = useState<DraftAttachment[]>([]);
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const [consentAsked, setConsentAsked] = useState<string>();
  const [consented, setConsented] = useState(false);

  const handleSend = async () => {
    const input = {
      id,
      message,
      ...(photos.length > 0 ? { attachmentIds: photos.map((p) => p.id) } : {}),
      ...(consentAsked ? { consents: { sensitiveData: consented } } : {}),
    };
    const parsed = ZProvideInfoRequest.safeParse(input);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    if (consentAsked && !consented) return; // the consent's sentence is on screen
    setSending(true);
    setError(undefined);
    try {
      onDone(await call('applications.provideInfo', input));
    } catch (caught) {
      const apiError = toApiError(caught);
      const consentMessage = apiError.fieldMessage('consents.sensitiveData');
      if (consentMessage) setConsentAsked(consentMessage);
      else setError(apiError.fieldMessage('message') ?? apiError.message);
    } finally {
      setSending(false);
    }
  };

  return (
    <View className='app-detail__card app-detail__provide'>
      <Text className='app-detail__card-title'>补充情况</Text>
      <Text className='app-detail__hint'>工作人员请您补充一些情况，看上面的进度里写了需要什么。</Text>
      <FormField label='要补充的内容' error={error} name='message'>
        <FormInput multiline value={message} maxlength={2000} invalid={Boolean(error)} onChange={setMessage} />
      </FormField>
      <FormField label='照片或材料' optional name='photos'>
        <ApplyPhotoList
          attachments={photos}
          onAdd={(photo) => setPhotos((list) => [...list, photo])}
          onRemove={(photoId) => setPhotos((list) => list.filter((p) => p.id !== photoId))}
        />
      </FormField>
      {consentAsked ? (
        <FormField label='敏感信息' hint={consented ? undefined : consentAsked} name='sensitiveData'>
          <FormChoice
            name='sensitiveData'
            multiple
            options={[{ value: 'yes', label: '同意工作人员使用健康、残疾、收入等信息' }]}
            selected={consented ? ['yes'] : []}
            invalid={!consented}
            onToggle={() => setConsented(!consented)}
          />
        </FormField>
      ) : null}
      <ActionButton
        className='app-detail__provide-send'
        busy={sending}
        busyText='正在发送…'
        onTap={() => void handleSend()}
      >
        发送补充情况
      </ActionButton>
    </View>
  );
}
