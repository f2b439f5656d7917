/** Build-time settings of the client (see config/index.ts and config/env/client.env.example). */

/** API origin: '' in H5 (the API server also serves the page), an absolute origin in the mini-program. */
export const apiBase: string = typeof API_BASE === 'string' ? API_BASE : '';

export const isWeapp = process.env.TARO_ENV === 'weapp';
export const isH5 = process.env.TARO_ENV === 'h5';
