/** One ECharts chart: only the chart kinds and components the app uses are registered (echarts/core), drawn as SVG. */
import { BarChart, GraphChart, LineChart, MapChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import type { EChartsCoreOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsModule from 'echarts-for-react/lib/core.js';
import { registerMaps } from './geo.js';

// A CommonJS module: TypeScript sees its exports object, the bundler hands over the component itself.
type EChartsComponent = typeof ReactEChartsModule.default;
const ReactEChartsCore: EChartsComponent =
  (ReactEChartsModule as unknown as { default?: EChartsComponent }).default ?? (ReactEChartsModule as unknown as EChartsComponent);

echarts.use([
  BarChart,
  GraphChart,
  LineChart,
  MapChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);
registerMaps(echarts.registerMap);

export interface ChartProps {
  option: EChartsCoreOption;
  height: number;
  /** A click on a data item (a slice, a bar, a region): its series' name and the item's name. */
  onItemClick?: (item: { seriesName: string; name: string }) => void;
  testId?: string;
  dark?: boolean;
}

export function Chart({ option, height, onItemClick, testId, dark }: ChartProps) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        // No animation: a wall display redraws every few seconds, and a drawn chart is what a screenshot should show.
        option={{ animation: false, ...(dark ? { textStyle: { fontSize: 14 } } : {}), ...option }}
        notMerge
        theme={dark ? 'dark' : undefined}
        style={{ height, width: '100%' }}
        opts={{ renderer: 'svg' }}
        onEvents={
          onItemClick
            ? { click: (p: { seriesName?: string; name?: string }) => onItemClick({ seriesName: p.seriesName ?? '', name: p.name ?? '' }) }
            : {}
        }
      />
    </div>
  );
}
