/** The privacy notice shown (and agreed to) before an application is sent. Plain words, short paragraphs. */
export const PRIVACY_NOTICE_TITLE = '助联个人信息保护说明';

export const PRIVACY_NOTICE: string[] = [
  '我们是谁：「助联」由西湖区民政局和各级助联服务站点使用，用来接收和办理求助。',
  '收集什么：姓名、手机号、住址，以及您写下的困难情况和上传的照片；身份证号可以不填。',
  '用来做什么：只用于核实情况、安排工作人员联系您和提供帮助，不会用于其他用途，也不会卖给任何人。',
  '谁能看到：负责您所在社区的服务点工作人员；需要时，街道服务站、区助联体和相关部门（例如医保、教育）的工作人员。看身份证号等信息要留下记录。',
  '保存多久：办结后按档案规定保存，到期删除。',
  '您的权利：可以随时查看办理进度、撤回申请；家人代您申请的，您可以在「我的申请」里撤回授权。有疑问请联系社区服务点。',
];

/** Shown when nothing sensitive was filled in yet (the consent is then optional). */
export const SENSITIVE_NOTICE = '健康、残疾、收入等属于敏感个人信息，同意后工作人员才会用它们判断您能得到哪些帮助。';
