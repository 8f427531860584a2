result:solve["()(()"];
show result;
