import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { TPointImportResult } from '@shared/schemas/points';
import ActionButton from '@/components/ActionButton';
import DesktopShell from '@/components/DesktopShell';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { pickTable, type PickedTable } from '@/services/pick-table';
import './index.scss';
import { tapProps } from '@/components/Tappable';

/** The header row of a CSV file (a machine format: ASCII commas). */
const TEMPLATE = ['服务点编码', '名称', '地址', '电话', '经度', '纬度', '开放时间', '开放时间说明'].join(',');

/** 导入服务点资料: upload or paste a table, see what would change and every row error, then apply in one go. */
function ImportPage() {
  const [table, setTable] = useState<PickedTable | null>(null);
  const [pasted, setPasted] = useState('');
  const [result, setResult] = useState<TPointImportResult | null>(null);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  const source = table ?? (pasted.trim() ? { name: '粘贴的表格', format: 'csv' as const, content: pasted } : null);

  const run = async (dryRun: boolean) => {
    if (!source) return setMessage('请先选择文件或粘贴表格');
    setBusy(true);
    setMessage(undefined);
    try {
      const r = await call('admin.points.import', { format: source.format, content: source.content, dryRun });
      setResult(r);
      if (r.applied) setMessage(`已导入：${r.changes.length} 个服务点的资料已更新，居民马上能看到`);
    } catch (caught) {
      setMessage(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  const choose = async () => {
    const picked = await pickTable();
    if (picked) {
      setTable(picked);
      setResult(null);
    }
  };

  return (
    <PageShell className='points-import'>
      <DesktopShell active='points-import'>
        <View className='points-import__header'>
          <Text className='points-import__title'>导入服务点资料</Text>
          <Text className='points-import__sub'>
            先“试导入”看清要改什么，没有错误再“确认导入”。空着的格子不会改动原来的内容。
          </Text>
        </View>
        <View className='points-import__card'>
          <Text className='points-import__label'>表头（第一行）这样写：</Text>
          <Text className='points-import__template' userSelect>
            {TEMPLATE}
          </Text>
          <Text className='points-import__hint'>开放时间写法：周一至周五 08:30-12:00、13:30-17:30；节假日休息</Text>
          <ActionButton kind='plain' onTap={() => void choose()}>
            选择 Excel 或 CSV 文件
          </ActionButton>
          {table ? (
            <Text className='points-import__file'>
              已选：{table.name}
              <Text className='points-import__clear' {...tapProps(() => setTable(null))}>
                （不用这个文件）
              </Text>
            </Text>
          ) : (
            <>
              <Text className='points-import__label'>或者把表格内容粘贴在这里：</Text>
              <Textarea
                className='points-import__paste'
                value={pasted}
                maxlength={-1}
                placeholder={TEMPLATE}
                onInput={(e) => {
                  setPasted(e.detail.value);
                  setResult(null);
                }}
              />
            </>
          )}
          <View className='points-import__actions'>
            <ActionButton busy={busy} busyText='正在读表格…' onTap={() => void run(true)}>
              试导入
            </ActionButton>
            {result && result.dryRun && result.errors.length === 0 && result.changes.length > 0 ? (
              <ActionButton busy={busy} busyText='正在导入…' onTap={() => void run(false)}>
                确认导入 {result.changes.length} 个服务点
              </ActionButton>
            ) : null}
          </View>
          {message ? <Text className='points-import__message'>{message}</Text> : null}
        </View>
        {result ? <ImportResult result={result} /> : null}
      </DesktopShell>
    </PageShell>
  );
}

function ImportResult({ result }: { result: TPointImportResult }) {
  return (
    <View className='points-import__card points-import__result'>
      <Text className='points-import__summary'>
        共 {result.rows} 行：{result.changes.length} 个服务点{result.applied ? '已更新' : '要更新'}，{result.unchanged}{' '}
        个没有变化，{result.errors.length} 处错误
      </Text>
      {result.errors.length > 0 ? (
        <View className='points-import__errors'>
          <Text className='points-import__section'>要先改正的错误</Text>
          {result.errors.map((e) => (
            <Text key={`${e.row}-${e.column}`} className='points-import__error'>
              {e.message}
            </Text>
          ))}
        </View>
      ) : null}
      {result.changes.length > 0 ? (
        <View className='points-import__table'>
          <Text className='points-import__section'>{result.applied ? '已经改了' : '会这样改'}</Text>
          {result.changes.map((c) => (
            <View key={c.pointId} className='points-import__change'>
              <Text className='points-import__change-name'>
                第 {c.row} 行：{c.pointName}
              </Text>
              {c.fields.map((f) => (
                <Text key={f.field} className='points-import__change-field'>
                  {f.label}：{f.from} → {f.to}
                </Text>
              ))}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}

export default function Page() {
  return (
    <StaffGate roles={['admin', 'hub_staff']}>
      <ImportPage />
    </StaffGate>
  );
}
