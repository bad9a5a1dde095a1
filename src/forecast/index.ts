/** The next-24-hour volume outlook of an event (pure): a fitted growth-and-decay curve and its measured error. */
export { type Backtest, backtest, type ForecastError, naiveForecast } from './backtest.js';
export { type CurveFit, curveAt, DEFAULT_FORECAST, type ForecastOptions, fitCurve, forecastHours } from './curve.js';
