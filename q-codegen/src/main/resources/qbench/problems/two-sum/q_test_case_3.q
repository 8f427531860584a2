result:solve[3 3;6];
show result;
