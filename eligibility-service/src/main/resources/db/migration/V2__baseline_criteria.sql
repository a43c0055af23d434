-- The documented baseline criteria (see README: the official Zhongguancun factor table is not public in the
-- sources used). Built from the publicly named dimensions; officers replace it by publishing a new version.
-- Threshold 70 of 100 points for both tracks.
INSERT INTO criteria_version (id, title_en, title_zh, effective_from, effective_to, threshold, tracks, published_at, published_by)
VALUES ('baseline-2024',
        'Documented baseline from the publicly named dimensions',
        '根据公开评估维度制定的基准评分标准',
        DATE '2024-01-01', NULL, 70,
$tracks$
{
  "ENTREPRENEURIAL_TEAM_MEMBER": {
    "prerequisites": [
      {
        "code": "company-registered-in-zhongguancun",
        "label": {
          "en": "The company is registered in Zhongguancun",
          "zh": "企业在中关村注册"
        },
        "unmetReason": {
          "en": "The company is not registered in Zhongguancun",
          "zh": "企业未在中关村注册"
        },
        "anyOf": [
          {
            "fact": "COMPANY_REGISTERED_IN_ZHONGGUANCUN",
            "operator": "IS_TRUE"
          }
        ]
      },
      {
        "code": "strategic-emerging-or-modern-service-industry",
        "label": {
          "en": "The company works in a strategic emerging or modern service industry",
          "zh": "企业属于战略性新兴产业或现代服务业"
        },
        "unmetReason": {
          "en": "The company works neither in a strategic emerging nor in a modern service industry",
          "zh": "企业不属于战略性新兴产业或现代服务业"
        },
        "anyOf": [
          {
            "fact": "INDUSTRY",
            "operator": "ONE_OF",
            "values": [
              "STRATEGIC_EMERGING",
              "MODERN_SERVICE"
            ]
          }
        ]
      },
      {
        "code": "director-or-five-percent-shareholder",
        "label": {
          "en": "The member is a director-level manager or above, or holds at least 5% of the shares",
          "zh": "本人担任总监级以上职务或持股5%以上"
        },
        "unmetReason": {
          "en": "The member is below director level and holds less than 5% of the shares",
          "zh": "本人职务低于总监级且持股不足5%"
        },
        "anyOf": [
          {
            "fact": "POSITION",
            "operator": "ONE_OF",
            "values": [
              "DIRECTOR",
              "SENIOR_EXECUTIVE",
              "CHIEF_EXECUTIVE"
            ]
          },
          {
            "fact": "SHAREHOLDING_PERCENT",
            "operator": "AT_LEAST",
            "atLeast": 5
          }
        ]
      }
    ],
    "factors": [
      {
        "code": "funding-raised",
        "fact": "FUNDING_RAISED_CNY",
        "label": {
          "en": "Development potential: funding raised",
          "zh": "发展潜力：企业融资额"
        },
        "bands": [
          {
            "min": 0,
            "max": 1000000,
            "points": 0,
            "label": {
              "en": "under CNY 1 million",
              "zh": "100万元以下"
            }
          },
          {
            "min": 1000000,
            "max": 5000000,
            "points": 4,
            "label": {
              "en": "CNY 1 to 5 million",
              "zh": "100万至500万元"
            }
          },
          {
            "min": 5000000,
            "max": 20000000,
            "points": 8,
            "label": {
              "en": "CNY 5 to 20 million",
              "zh": "500万至2000万元"
            }
          },
          {
            "min": 20000000,
            "points": 12,
            "label": {
              "en": "CNY 20 million or more",
              "zh": "2000万元及以上"
            }
          }
        ]
      },
      {
        "code": "company-valuation",
        "fact": "COMPANY_VALUATION_CNY",
        "label": {
          "en": "Development potential: company valuation",
          "zh": "发展潜力：企业估值"
        },
        "bands": [
          {
            "min": 0,
            "max": 10000000,
            "points": 0,
            "label": {
              "en": "under CNY 10 million",
              "zh": "1000万元以下"
            }
          },
          {
            "min": 10000000,
            "max": 50000000,
            "points": 3,
            "label": {
              "en": "CNY 10 to 50 million",
              "zh": "1000万至5000万元"
            }
          },
          {
            "min": 50000000,
            "max": 200000000,
            "points": 6,
            "label": {
              "en": "CNY 50 to 200 million",
              "zh": "5000万至2亿元"
            }
          },
          {
            "min": 200000000,
            "points": 8,
            "label": {
              "en": "CNY 200 million or more",
              "zh": "2亿元及以上"
            }
          }
        ]
      },
      {
        "code": "revenue-growth",
        "fact": "REVENUE_GROWTH_PERCENT",
        "label": {
          "en": "Growth: revenue growth over the previous year",
          "zh": "成长性：上年度营业收入增长率"
        },
        "bands": [
          {
            "min": -100,
            "max": 0,
            "points": 0,
            "label": {
              "en": "no growth",
              "zh": "未增长"
            }
          },
          {
            "min": 0,
            "max": 20,
            "points": 3,
            "label": {
              "en": "0% to 20%",
              "zh": "0%至20%"
            }
          },
          {
            "min": 20,
            "max": 50,
            "points": 6,
            "label": {
              "en": "20% to 50%",
              "zh": "20%至50%"
            }
          },
          {
            "min": 50,
            "points": 10,
            "label": {
              "en": "50% or more",
              "zh": "50%及以上"
            }
          }
        ]
      },
      {
        "code": "employees",
        "fact": "EMPLOYEES",
        "label": {
          "en": "Growth: employees",
          "zh": "成长性：员工人数"
        },
        "bands": [
          {
            "min": 0,
            "max": 10,
            "points": 0,
            "label": {
              "en": "fewer than 10",
              "zh": "10人以下"
            }
          },
          {
            "min": 10,
            "max": 50,
            "points": 2,
            "label": {
              "en": "10 to 49",
              "zh": "10至49人"
            }
          },
          {
            "min": 50,
            "max": 200,
            "points": 4,
            "label": {
              "en": "50 to 199",
              "zh": "50至199人"
            }
          },
          {
            "min": 200,
            "points": 6,
            "label": {
              "en": "200 or more",
              "zh": "200人及以上"
            }
          }
        ]
      },
      {
        "code": "tax-paid",
        "fact": "TAX_PAID_CNY",
        "label": {
          "en": "Growth: tax paid in the previous year",
          "zh": "成长性：上年度纳税额"
        },
        "bands": [
          {
            "min": 0,
            "max": 500000,
            "points": 0,
            "label": {
              "en": "under CNY 500,000",
              "zh": "50万元以下"
            }
          },
          {
            "min": 500000,
            "max": 2000000,
            "points": 3,
            "label": {
              "en": "CNY 500,000 to 2 million",
              "zh": "50万至200万元"
            }
          },
          {
            "min": 2000000,
            "max": 10000000,
            "points": 6,
            "label": {
              "en": "CNY 2 to 10 million",
              "zh": "200万至1000万元"
            }
          },
          {
            "min": 10000000,
            "points": 8,
            "label": {
              "en": "CNY 10 million or more",
              "zh": "1000万元及以上"
            }
          }
        ]
      },
      {
        "code": "team-quality",
        "fact": "CORE_TEAM_ADVANCED_DEGREES",
        "label": {
          "en": "Team quality and structure: core members with a master's degree or doctorate",
          "zh": "团队素质与结构：核心团队硕士及以上学历人数"
        },
        "bands": [
          {
            "min": 0,
            "max": 1,
            "points": 0,
            "label": {
              "en": "none",
              "zh": "无"
            }
          },
          {
            "min": 1,
            "max": 3,
            "points": 4,
            "label": {
              "en": "1 or 2",
              "zh": "1至2人"
            }
          },
          {
            "min": 3,
            "max": 6,
            "points": 8,
            "label": {
              "en": "3 to 5",
              "zh": "3至5人"
            }
          },
          {
            "min": 6,
            "points": 12,
            "label": {
              "en": "6 or more",
              "zh": "6人及以上"
            }
          }
        ]
      },
      {
        "code": "member-role",
        "fact": "POSITION",
        "label": {
          "en": "Member's contribution: position",
          "zh": "个人贡献：职务"
        },
        "bands": [
          {
            "values": [
              "STAFF",
              "MANAGER"
            ],
            "points": 0,
            "label": {
              "en": "below director level",
              "zh": "总监级以下"
            }
          },
          {
            "values": [
              "DIRECTOR"
            ],
            "points": 8,
            "label": {
              "en": "director-level manager",
              "zh": "总监级"
            }
          },
          {
            "values": [
              "SENIOR_EXECUTIVE"
            ],
            "points": 12,
            "label": {
              "en": "senior executive",
              "zh": "高级管理人员"
            }
          },
          {
            "values": [
              "CHIEF_EXECUTIVE"
            ],
            "points": 16,
            "label": {
              "en": "chief executive or founder",
              "zh": "首席执行官或创始人"
            }
          }
        ]
      },
      {
        "code": "member-shareholding",
        "fact": "SHAREHOLDING_PERCENT",
        "label": {
          "en": "Member's contribution: shareholding",
          "zh": "个人贡献：持股比例"
        },
        "bands": [
          {
            "min": 0,
            "max": 5,
            "points": 0,
            "label": {
              "en": "under 5%",
              "zh": "5%以下"
            }
          },
          {
            "min": 5,
            "max": 10,
            "points": 6,
            "label": {
              "en": "5% to 10%",
              "zh": "5%至10%"
            }
          },
          {
            "min": 10,
            "max": 20,
            "points": 10,
            "label": {
              "en": "10% to 20%",
              "zh": "10%至20%"
            }
          },
          {
            "min": 20,
            "points": 14,
            "label": {
              "en": "20% or more",
              "zh": "20%及以上"
            }
          }
        ]
      },
      {
        "code": "member-patents",
        "fact": "INVENTION_PATENTS",
        "label": {
          "en": "Member's contribution: invention patents",
          "zh": "个人贡献：发明专利"
        },
        "bands": [
          {
            "min": 0,
            "max": 1,
            "points": 0,
            "label": {
              "en": "none",
              "zh": "无"
            }
          },
          {
            "min": 1,
            "max": 2,
            "points": 4,
            "label": {
              "en": "1",
              "zh": "1项"
            }
          },
          {
            "min": 2,
            "max": 4,
            "points": 8,
            "label": {
              "en": "2 or 3",
              "zh": "2至3项"
            }
          },
          {
            "min": 4,
            "points": 14,
            "label": {
              "en": "4 or more",
              "zh": "4项及以上"
            }
          }
        ]
      }
    ]
  },
  "TECHNICAL_TALENT": {
    "prerequisites": [
      {
        "code": "employer-zhongguancun-high-tech-in-scope",
        "label": {
          "en": "The employer is a Zhongguancun high-tech enterprise within the statistical scope",
          "zh": "用人单位为纳入中关村统计范围的高新技术企业"
        },
        "unmetReason": {
          "en": "The employer is not a Zhongguancun high-tech enterprise within the statistical scope",
          "zh": "用人单位不是纳入中关村统计范围的高新技术企业"
        },
        "anyOf": [
          {
            "fact": "EMPLOYER_ZHONGGUANCUN_HIGH_TECH_IN_SCOPE",
            "operator": "IS_TRUE"
          }
        ]
      },
      {
        "code": "director-or-rnd-team-head",
        "label": {
          "en": "The talent is a director-level manager or above, or heads a dedicated technical R&D team",
          "zh": "本人担任总监级以上职务或为专职技术研发团队负责人"
        },
        "unmetReason": {
          "en": "The talent is below director level and does not head a dedicated technical R&D team",
          "zh": "本人职务低于总监级且不是专职技术研发团队负责人"
        },
        "anyOf": [
          {
            "fact": "POSITION",
            "operator": "ONE_OF",
            "values": [
              "DIRECTOR",
              "SENIOR_EXECUTIVE",
              "CHIEF_EXECUTIVE"
            ]
          },
          {
            "fact": "HEADS_RND_TEAM",
            "operator": "IS_TRUE"
          }
        ]
      }
    ],
    "factors": [
      {
        "code": "education",
        "fact": "EDUCATION",
        "label": {
          "en": "Education",
          "zh": "学历"
        },
        "bands": [
          {
            "values": [
              "BELOW_BACHELOR"
            ],
            "points": 0,
            "label": {
              "en": "below a bachelor's degree",
              "zh": "本科以下"
            }
          },
          {
            "values": [
              "BACHELOR"
            ],
            "points": 8,
            "label": {
              "en": "bachelor's degree",
              "zh": "学士"
            }
          },
          {
            "values": [
              "MASTER"
            ],
            "points": 12,
            "label": {
              "en": "master's degree",
              "zh": "硕士"
            }
          },
          {
            "values": [
              "DOCTORATE"
            ],
            "points": 16,
            "label": {
              "en": "doctorate",
              "zh": "博士"
            }
          }
        ]
      },
      {
        "code": "age",
        "fact": "AGE",
        "label": {
          "en": "Age",
          "zh": "年龄"
        },
        "bands": [
          {
            "min": 18,
            "max": 30,
            "points": 6,
            "label": {
              "en": "18 to 29",
              "zh": "18至29岁"
            }
          },
          {
            "min": 30,
            "max": 46,
            "points": 10,
            "label": {
              "en": "30 to 45",
              "zh": "30至45岁"
            }
          },
          {
            "min": 46,
            "max": 56,
            "points": 6,
            "label": {
              "en": "46 to 55",
              "zh": "46至55岁"
            }
          },
          {
            "min": 56,
            "points": 2,
            "label": {
              "en": "56 or older",
              "zh": "56岁及以上"
            }
          }
        ]
      },
      {
        "code": "experience",
        "fact": "YEARS_OF_RELEVANT_EXPERIENCE",
        "label": {
          "en": "Years of relevant experience",
          "zh": "相关工作经历年限"
        },
        "bands": [
          {
            "min": 0,
            "max": 3,
            "points": 0,
            "label": {
              "en": "under 3 years",
              "zh": "3年以下"
            }
          },
          {
            "min": 3,
            "max": 5,
            "points": 4,
            "label": {
              "en": "3 to 4 years",
              "zh": "3至4年"
            }
          },
          {
            "min": 5,
            "max": 10,
            "points": 8,
            "label": {
              "en": "5 to 9 years",
              "zh": "5至9年"
            }
          },
          {
            "min": 10,
            "points": 12,
            "label": {
              "en": "10 years or more",
              "zh": "10年及以上"
            }
          }
        ]
      },
      {
        "code": "salary",
        "fact": "PREVIOUS_YEAR_SALARY_CNY",
        "label": {
          "en": "Salary in the previous year",
          "zh": "上年度工资收入"
        },
        "bands": [
          {
            "min": 0,
            "max": 300000,
            "points": 0,
            "label": {
              "en": "under CNY 300,000",
              "zh": "30万元以下"
            }
          },
          {
            "min": 300000,
            "max": 500000,
            "points": 6,
            "label": {
              "en": "CNY 300,000 to 500,000",
              "zh": "30万至50万元"
            }
          },
          {
            "min": 500000,
            "max": 1000000,
            "points": 10,
            "label": {
              "en": "CNY 500,000 to 1 million",
              "zh": "50万至100万元"
            }
          },
          {
            "min": 1000000,
            "points": 16,
            "label": {
              "en": "CNY 1 million or more",
              "zh": "100万元及以上"
            }
          }
        ]
      },
      {
        "code": "patents",
        "fact": "INVENTION_PATENTS",
        "label": {
          "en": "Technical leadership: invention patents",
          "zh": "技术引领：发明专利"
        },
        "bands": [
          {
            "min": 0,
            "max": 1,
            "points": 0,
            "label": {
              "en": "none",
              "zh": "无"
            }
          },
          {
            "min": 1,
            "max": 3,
            "points": 4,
            "label": {
              "en": "1 or 2",
              "zh": "1至2项"
            }
          },
          {
            "min": 3,
            "points": 8,
            "label": {
              "en": "3 or more",
              "zh": "3项及以上"
            }
          }
        ]
      },
      {
        "code": "awards",
        "fact": "AWARDS",
        "label": {
          "en": "Technical leadership: science and technology awards at provincial level or above",
          "zh": "技术引领：省部级及以上科技奖励"
        },
        "bands": [
          {
            "min": 0,
            "max": 1,
            "points": 0,
            "label": {
              "en": "none",
              "zh": "无"
            }
          },
          {
            "min": 1,
            "max": 2,
            "points": 4,
            "label": {
              "en": "1",
              "zh": "1项"
            }
          },
          {
            "min": 2,
            "points": 6,
            "label": {
              "en": "2 or more",
              "zh": "2项及以上"
            }
          }
        ]
      },
      {
        "code": "international-certificates",
        "fact": "INTERNATIONAL_CERTIFICATES",
        "label": {
          "en": "Technical leadership: international professional certificates",
          "zh": "技术引领：国际职业资格证书"
        },
        "bands": [
          {
            "min": 0,
            "max": 1,
            "points": 0,
            "label": {
              "en": "none",
              "zh": "无"
            }
          },
          {
            "min": 1,
            "points": 4,
            "label": {
              "en": "1 or more",
              "zh": "1项及以上"
            }
          }
        ]
      },
      {
        "code": "field",
        "fact": "FIELD",
        "label": {
          "en": "How urgently the field is needed",
          "zh": "所属领域紧缺程度"
        },
        "bands": [
          {
            "values": [
              "ARTIFICIAL_INTELLIGENCE",
              "INTEGRATED_CIRCUITS",
              "LIFE_SCIENCES",
              "NEW_MATERIALS"
            ],
            "points": 10,
            "label": {
              "en": "urgently needed field",
              "zh": "紧缺领域"
            }
          },
          {
            "values": [
              "OTHER_HIGH_TECH"
            ],
            "points": 5,
            "label": {
              "en": "other high-tech field",
              "zh": "其他高新技术领域"
            }
          },
          {
            "values": [
              "OTHER"
            ],
            "points": 0,
            "label": {
              "en": "other field",
              "zh": "其他领域"
            }
          }
        ]
      },
      {
        "code": "years-in-zhongguancun",
        "fact": "YEARS_IN_ZHONGGUANCUN",
        "label": {
          "en": "Years worked in Zhongguancun",
          "zh": "在中关村工作年限"
        },
        "bands": [
          {
            "min": 0,
            "max": 1,
            "points": 0,
            "label": {
              "en": "under 1 year",
              "zh": "1年以下"
            }
          },
          {
            "min": 1,
            "max": 3,
            "points": 4,
            "label": {
              "en": "1 to 2 years",
              "zh": "1至2年"
            }
          },
          {
            "min": 3,
            "max": 5,
            "points": 6,
            "label": {
              "en": "3 to 4 years",
              "zh": "3至4年"
            }
          },
          {
            "min": 5,
            "points": 8,
            "label": {
              "en": "5 years or more",
              "zh": "5年及以上"
            }
          }
        ]
      },
      {
        "code": "chinese-proficiency",
        "fact": "HSK_LEVEL",
        "label": {
          "en": "Chinese proficiency (HSK level)",
          "zh": "汉语水平（HSK等级）"
        },
        "bands": [
          {
            "min": 0,
            "max": 3,
            "points": 0,
            "label": {
              "en": "none or below level 3",
              "zh": "无或3级以下"
            }
          },
          {
            "min": 3,
            "max": 4,
            "points": 4,
            "label": {
              "en": "level 3",
              "zh": "3级"
            }
          },
          {
            "min": 4,
            "max": 6,
            "points": 7,
            "label": {
              "en": "level 4 or 5",
              "zh": "4至5级"
            }
          },
          {
            "min": 6,
            "points": 10,
            "label": {
              "en": "level 6 or above",
              "zh": "6级及以上"
            }
          }
        ]
      }
    ]
  }
}
$tracks$::jsonb,
        TIMESTAMPTZ '2024-01-01 00:00:00+08', 'migration');
