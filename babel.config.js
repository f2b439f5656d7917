// babel-preset-taro compiles the client for Taro builds and for jest (it switches to CommonJS when NODE_ENV=test).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
