result:solve[((enlist 1);(enlist 2);(enlist 3))];
show result;
