import type { ProductInput } from '../schemas/product';
import { gtinCheckDigit } from '../validators';

/** A Yiwu/Shenzhen seller's catalog: what the demo year sells and customs declares. */
const ITEMS: [string, string, string, string, ProductInput['unit'], number, number, boolean, number][] = [
  // sku, nameZh, nameEn, hsCode, unit, weight g, cost fen, food, duty bp
  ['PC-IP15-CLR', '手机保护壳（透明）', 'Clear phone case', '3926909090', '007', 60, 350, false, 650],
  ['PC-IP15-MAG', '磁吸手机壳', 'Magnetic phone case', '3926909090', '007', 80, 900, false, 650],
  ['LED-STRIP-5M', 'LED 灯带 5 米', 'LED strip light 5 m', '9405420000', '011', 420, 2300, false, 800],
  ['LED-DESK-01', 'LED 护眼台灯', 'LED desk lamp', '9405210000', '001', 1100, 6800, false, 800],
  ['YOGA-MAT-6', '瑜伽垫 6 毫米', 'Yoga mat 6 mm', '9506910000', '011', 900, 3200, false, 1000],
  ['TOY-BLK-500', '拼插积木 500 粒', 'Building blocks 500 pcs', '9503008900', '006', 750, 4200, false, 0],
  ['TOY-RC-CAR', '遥控赛车', 'Remote control car', '9503006000', '007', 850, 7800, false, 0],
  ['TEA-LJ-250', '龙井茶 250 克', 'Longjing green tea 250 g', '0902109000', '011', 300, 5500, true, 1500],
  ['DRS-SUM-M', '女式夏季连衣裙 M 码', "Women's summer dress M", '6204430090', '011', 250, 3600, false, 1000],
  ['SHOE-RUN-42', '跑步鞋 42 码', 'Running shoes size 42', '6404110000', '025', 780, 8900, false, 1000],
  ['EAR-BT5-WHT', '蓝牙耳机（白色）', 'Bluetooth earbuds white', '8518300000', '006', 120, 4500, false, 0],
  ['KNF-SET-5', '厨房刀具五件套', 'Kitchen knife set of 5', '8211910000', '006', 1600, 9800, false, 800],
  ['BAG-BKP-20L', '双肩背包 20 升', 'Backpack 20 L', '4202921000', '007', 650, 5200, false, 1000],
  ['WTC-SMT-02', '智能手表', 'Smart watch', '8517629900', '008', 90, 12800, false, 0],
  ['HAIR-DRY-1K', '吹风机 1000 瓦', 'Hair dryer 1000 W', '8516310000', '001', 700, 6400, false, 700],
  ['CUP-THM-500', '保温杯 500 毫升', 'Thermal cup 500 ml', '9617001900', '008', 380, 2600, false, 800],
  ['SOCK-CTN-5P', '纯棉袜子五双装', 'Cotton socks 5 pairs', '6115950000', '025', 200, 1500, false, 1000],
  ['LAMP-SOLAR', '太阳能庭院灯', 'Solar garden light', '9405500000', '007', 540, 2900, false, 800],
  ['PET-BED-M', '宠物窝 中号', 'Pet bed medium', '9404909000', '011', 1300, 4600, false, 800],
  ['SNK-MIX-1KG', '坚果混合零食 1 千克', 'Mixed nuts snack 1 kg', '2008199900', '035', 1050, 4800, true, 1500],
  ['ROBOT-VAC-S8', '扫地机器人 S8', 'Robot vacuum S8', '8508110000', '001', 3500, 68000, false, 0],
];

export function demoProducts(): ProductInput[] {
  return ITEMS.map(([sku, nameZh, nameEn, hsCode, unit, unitWeightG, goodsCostFen, food, dutyRateBp], i) => {
    const body = `69${String(20250000 + i * 37).padStart(10, '0')}`;
    return {
      sku, nameZh, nameEn, hsCode, unit, unitWeightG, goodsCostFen, food, dutyRateBp,
      barcode: body + String(gtinCheckDigit(body)),
      homeValueFen: null,
    };
  });
}
