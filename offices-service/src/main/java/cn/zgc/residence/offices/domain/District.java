package cn.zgc.residence.offices.domain;

/** The sixteen districts of Beijing: where a hall stands and where an employer is registered. */
public enum District {
    DONGCHENG, XICHENG, CHAOYANG, FENGTAI, SHIJINGSHAN, HAIDIAN, MENTOUGOU, FANGSHAN,
    TONGZHOU, SHUNYI, CHANGPING, DAXING, HUAIROU, PINGGU, MIYUN, YANQING
}
