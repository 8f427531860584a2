result:solve[enlist 10];
show result;
