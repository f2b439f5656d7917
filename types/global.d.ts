/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

/** API origin, inlined by config/index.ts (defineConstants): '' in H5 (same origin), absolute in weapp. */
declare const API_BASE: string;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV?: 'development' | 'production' | 'test';
    TARO_ENV?: 'weapp' | 'h5';
    /** Origin of the API for the weapp build (see config/env/client.env.example). */
    TARO_APP_API_BASE?: string;
    TARO_APP_ID?: string;
  }
}
