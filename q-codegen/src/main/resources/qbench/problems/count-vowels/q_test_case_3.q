result:solve["xyz"];
show result;
