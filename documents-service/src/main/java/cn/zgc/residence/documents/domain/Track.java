package cn.zgc.residence.documents.domain;

/** The two Zhongguancun tracks of the points assessment. */
public enum Track {
    ENTREPRENEURIAL_TEAM_MEMBER,
    TECHNICAL_TALENT
}
