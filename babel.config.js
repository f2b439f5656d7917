// babel-preset-taro compiles the client for Taro builds (jest uses @swc/jest, see jest.config.js).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
