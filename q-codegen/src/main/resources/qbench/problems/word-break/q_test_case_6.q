result:solve["";((enlist "x");(enlist "y"))];
show result;
