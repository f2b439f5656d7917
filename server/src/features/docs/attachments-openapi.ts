/** OpenAPI paths of the two attachment routes, which live outside the JSON endpoint map (multipart upload, file download). */
import { z } from 'zod';
import {
  ATTACHMENT_PURPOSES,
  MAX_ATTACHMENTS,
  MAX_ATTACHMENT_BYTES,
  MAX_IMAGE_PIXELS,
  MAX_PDF_PAGES,
  ZUploadedAttachment,
} from '../../../../shared/schemas/attachments';

const errors = (statuses: string[]) =>
  Object.fromEntries(statuses.map((s) => [s, { $ref: '#/components/responses/Error' }]));

export function attachmentPaths(): Record<string, unknown> {
  const uploaded = z.toJSONSchema(ZUploadedAttachment, { io: 'output', target: 'draft-2020-12' });
  return {
    '/api/attachments': {
      post: {
        operationId: 'attachments.upload',
        summary: '上传一个附件（照片或 PDF），得到暂存编号；提交申请或记录走访时再关联',
        tags: ['attachments'],
        description:
          `需要登录。multipart/form-data：字段 file 放一个文件（不超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB），可选字段 purpose。` +
          `按文件内容判断类型（JPEG、PNG、WebP、PDF），扩展名须与内容一致；照片重新编码，去掉 EXIF/GPS 等信息，超过 ${MAX_IMAGE_PIXELS / 1_000_000} 百万像素的拒收。` +
          `PDF 按页重建（最多 ${MAX_PDF_PAGES} 页），不保留脚本、动作、批注、表单、附件和文档信息；打不开或加密的 PDF 拒收（400）。` +
          `暂存的文件只有上传人能用，24 小时内未关联即删除；每份申请、每次走访最多 ${MAX_ATTACHMENTS} 个。每人每小时最多上传 60 个。`,
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: {
                    type: 'string',
                    contentMediaType: 'application/octet-stream',
                    description: 'JPEG、PNG、WebP 或 PDF，不超过 10 MB',
                  },
                  purpose: { type: 'string', enum: [...ATTACHMENT_PURPOSES], default: 'application' },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '201': {
            description: '已暂存',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['ok', 'data'],
                  properties: { ok: { const: true }, data: uploaded },
                },
              },
            },
          },
          ...errors(['400', '401', '413', '415', '429', '500', '503']),
        },
      },
    },
    '/api/attachments/{id}': {
      get: {
        operationId: 'attachments.download',
        summary: '下载附件（申请人、被代办人本人，或负责该案件的工作人员）',
        tags: ['attachments'],
        description:
          '需要登录。以附件方式返回文件内容（Content-Disposition: attachment、X-Content-Type-Options: nosniff）。' +
          '申请人和被代办人只能下载申请材料；走访照片只有辖区工作人员可见；工作人员的下载留痕；无权查看时返回 404。',
        security: [{ bearer: [] }],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: {
          '200': {
            description: '文件内容',
            headers: {
              'Content-Disposition': { schema: { type: 'string' } },
              'X-Content-Type-Options': { schema: { const: 'nosniff' } },
            },
            content: { 'image/jpeg': {}, 'image/png': {}, 'image/webp': {}, 'application/pdf': {} },
          },
          ...errors(['401', '404', '500', '503']),
        },
      },
    },
  };
}
