# A compound statement header on the last line: the block never comes.
for i in range(3):
