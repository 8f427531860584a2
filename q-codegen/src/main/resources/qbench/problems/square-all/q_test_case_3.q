result:solve[enlist 12];
show result;
