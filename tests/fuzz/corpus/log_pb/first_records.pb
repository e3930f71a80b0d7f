»
DR-000007-1	DR-000007DR-000007-INV-001"CRED-005(äàƒ‡Â20R{
INV-000007-001Ð<EURé"é0:Customer 000007B7 rue de la RÃ©publiqueB
69007 LyonJdr-000007@example.com½
DR-000131-1	DR-000131DR-000131-INV-001"CRED-003(–áƒ‡Â20R}
INV-000131-001	ÔÞTEURé"é0:Company 000131B131 rue de la RÃ©publiqueB
69005 LyonJdr-000131@example.com»
DR-000007-1	DR-000007DR-000007-INV-001"CRED-005(äàƒ‡Â20R{
INV-000007-001Ð<EURé"é0:Customer 000007B7 rue de la RÃ©publiqueB
69007 LyonJdr-000007@example.com%
day-2025-01-01(˜¨¿¢Â20²	
é»
DR-000008-1	DR-000008DR-000008-INV-001"CRED-008(€˜°Â20R{
INV-000008-001	Ä¤!EURé"é0:Company 000008B8 rue de la RÃ©publiqueB
69008 LyonJdr-000008@example.com¼
DR-000020-1	DR-000020DR-000020-INV-001"CRED-002(²˜°Â20R|
INV-000020-001	ð‡+EURé"é0:Company 000020B20 rue de la RÃ©publiqueB
69002 LyonJdr-000020@example.com%
day-2025-01-02(˜àØËÂ20²	
é½
DR-000060-1	DR-000060DR-000060-INV-001"CRED-008(€Ð¶ÙÂ20R}
INV-000060-001	‹ÌEURé"é0:Customer 000060B60 rue de la RÃ©publiqueB
69006 LyonJdr-000060@example.com¼
DR-000080-1	DR-000080DR-000080-INV-001"CRED-012(²Ð¶ÙÂ20R|
INV-000080-001	ŠìEURé"é0:Company 000080B80 rue de la RÃ©publiqueB
69008 LyonJdr-000080@example.com½
DR-000115-1	DR-000115DR-000115-INV-001"CRED-007(äÐ¶ÙÂ20R}
INV-000115-001	”î+USDé"é0:Company 000115B115 rue de la RÃ©publiqueB
69007 LyonJdr-000115@example.com%
day-2025-01-03(˜˜òôÂ20²	
é½
DR-000037-1	DR-000037DR-000037-INV-001"CRED-004(€ˆÐ‚Ã20R}
INV-000037-001	¨EURé"é0:Customer 000037B37 rue de la RÃ©publiqueB
69001 LyonJdr-000037@example.com