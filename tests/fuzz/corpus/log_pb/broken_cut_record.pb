»
DR-000007-1	DR-000007DR-000007-INV-001"CRED-005(äàƒ‡Â20R{
INV-000007-001Ð<EURé"é0:Customer 000007B7 rue de la RÃ©publiqueB
69007 LyonJdr-000007@example.com½
DR-000131-1	DR-000131DR-000131-INV-001"CRED-003(–áƒ‡Â20R}
INV-000131-001	ÔÞTEURé"é0:Company 000131B131 rue de la RÃ©publiqueB
69005 LyonJdr-000131@example.com»
DR-000007-1	DR-000007DR-000007-INV-001"CRED-005(äàƒ‡Â20R{
INV-000007-001Ð<EURé"é0:Customer 000007B7 rue de la RÃ©publiqueB
69007 LyonJdr-000007@e