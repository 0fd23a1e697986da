import { newId } from '../../shared/ids';
import type { OrderInput, OrderLine } from '../../shared/schemas/order';
import type { ProductInput } from '../../shared/schemas/product';
import { RETURN_DEFAULTS, type ReturnInput } from '../../shared/schemas/return';

/** Test-data builders: a valid record by default, overridden only where a test cares. */
export function aProduct(overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    sku: 'CUP-THM-500', barcode: '6901234567892', nameZh: '保温杯 500 毫升', nameEn: 'Thermal cup 500 ml',
    hsCode: '9617001900', unit: '008', unitWeightG: 380, goodsCostFen: 2600, homeValueFen: null, food: false, dutyRateBp: 800,
    ...overrides,
  };
}

export function aLine(overrides: Partial<OrderLine> = {}): OrderLine {
  return {
    id: newId(), productId: null, sku: 'CUP-THM-500', barcode: '6901234567892', nameZh: '保温杯 500 毫升', nameEn: 'Thermal cup 500 ml',
    hsCode: '9617001900', unit: '008', unitWeightG: 380, qty: 3, unitPriceMinor: 1999, declaredValueMinor: 1200, rebatePerUnitFen: 0,
    ...overrides,
  };
}

export function anOrder(overrides: Partial<OrderInput> = {}): OrderInput {
  return {
    platform: 'amazon', orderNo: '113-1234567-7654321', orderDate: '2026-05-02', buyerCountry: 'US', currency: 'USD',
    lines: [aLine()], exportMode: '9610', exportDistrict: '2900', exportPort: '', exportDate: '2026-05-04',
    declarationNo: '29002026I000000001', waybillNo: 'LP00123456789012', carrier: 'Cainiao',
    ...overrides,
  };
}

export function aReturn(orderId: string, lineId: string, overrides: Partial<ReturnInput> = {}): ReturnInput {
  return {
    orderId, lineId, rmaNo: 'RMA-0001', qty: 1, reason: 'defective', grade: 'B', whereabouts: 'overseas_warehouse',
    locationId: null, requestedDate: '2026-05-20', notes: '', ...RETURN_DEFAULTS,
    ...overrides,
  };
}
