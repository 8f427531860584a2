result:solve[enlist 7];
show result;
