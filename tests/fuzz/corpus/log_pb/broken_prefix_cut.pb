»
DR-000007-1	DR-000007DR-000007-INV-001"CRED-005(äàƒ‡Â20R{
INV-000007-001Ð<EURé"é0:Customer 000007B7 rue de la RÃ©publiqueB
69007 LyonJdr-000007@example.com€