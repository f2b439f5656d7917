// Style imports are irrelevant in jsdom tests.
module.exports = {};
