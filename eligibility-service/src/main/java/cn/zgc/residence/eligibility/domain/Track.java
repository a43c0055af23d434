package cn.zgc.residence.eligibility.domain;

/** The two ways into the Zhongguancun points assessment. */
public enum Track {
    /** A foreign member of a Zhongguancun entrepreneurial team. */
    ENTREPRENEURIAL_TEAM_MEMBER,
    /** A foreign technical talent recruited by a Zhongguancun high-tech enterprise. */
    TECHNICAL_TALENT
}
